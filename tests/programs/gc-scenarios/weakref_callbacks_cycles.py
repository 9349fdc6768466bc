# covers: weakref callbacks on cyclic garbage run during gc.collect() before finalizers, see the referent dead, and a weakref that is itself garbage calls nothing
import gc
import weakref
gc.collect()
log = []
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append("del " + self.name)
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
r1 = weakref.ref(a, lambda r: log.append("cb a dead=" + str(r() is None)))
r2 = weakref.ref(b, lambda r: log.append("cb b dead=" + str(r() is None)))
c = Node("c")
c.me = c
c.ref = weakref.ref(c, lambda r: log.append("cb c (never)"))
del a, b, c
print("collected", gc.collect())
print(sorted(log))
print("callbacks before finalizers", max(i for i, x in enumerate(log) if x.startswith("cb")) < min(i for i, x in enumerate(log) if x.startswith("del")))
print("refs dead", r1() is None, r2() is None)
