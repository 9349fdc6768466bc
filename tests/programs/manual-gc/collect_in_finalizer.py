# covers: gc.collect() called from __del__ while a collection is running returns 0
import gc
gc.collect()
res = []
class F:
    def __del__(self):
        res.append(gc.collect())
f = F()
f.me = f
del f
outer = gc.collect()
print("inner", res, "outer", outer)
