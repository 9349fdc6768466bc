# covers: a dict of weakrefs used as a cache: entries go dead as objects die
import weakref
class Obj:
    def __init__(self, n):
        self.n = n
cache = {}
objs = [Obj(i) for i in range(5)]
for o in objs:
    cache[o.n] = weakref.ref(o)
del o
objs.pop(1)
objs.pop()
alive = [k for k in sorted(cache) if cache[k]() is not None]
print(alive)
