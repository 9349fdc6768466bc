# covers: a generator in a reference cycle is closed by the collector's finalizer step; what gc.collect() reports depends on the version
import gc

class Holder:
    pass

def gen(holder):
    try:
        yield 1
    finally:
        print("generator finally ran")

def plain(holder):
    yield 1

gc.collect()
h = Holder()
g = gen(h)
h.g = g
next(g)
del h, g
print("started, with finally:", gc.collect())
h = Holder()
g = plain(h)
h.g = g
next(g)
del h, g
print("started, no try:", gc.collect())
h = Holder()
g = plain(h)
h.g = g
del h, g
print("never started:", gc.collect())
