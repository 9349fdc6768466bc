# covers: storing a bound method on its own instance creates a cycle (instance <-> method)
import gc
gc.collect()
class C:
    def m(self):
        return 1
c = C()
c.cb = c.m
del c
print("collected", gc.collect())
