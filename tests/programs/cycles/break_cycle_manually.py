# covers: breaking a cycle by hand lets refcounting free it; gc then finds nothing
import gc
gc.collect()
class N:
    def __del__(self):
        print("del", self.name)
a = N()
a.name = "a"
b = N()
b.name = "b"
a.peer = b
b.peer = a
a.peer = None
print("cycle broken")
del b
print("b dropped")
del a
print("collect returns", gc.collect())
