# covers: under the cyclic collector weakref callbacks run before __del__
import gc
import weakref
gc.collect()
class C:
    def __del__(self):
        print("__del__")
c = C()
c.me = c
r = weakref.ref(c, lambda ref: print("weakref callback, deref:", ref()))
del c
print("collect", gc.collect())
