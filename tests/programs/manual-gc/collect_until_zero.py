# covers: repeated gc.collect() calls until nothing more is found
import gc
gc.collect()
class R:
    def __del__(self):
        keep.append(self)
keep = []
r = R()
r.me = r
del r
results = []
for i in range(4):
    results.append(gc.collect())
    keep.clear()
print(results)
