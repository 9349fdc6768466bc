# covers: an empty or atomic-only dict inside garbage is untracked on 3.10-3.13 and so not counted by gc.collect() (3.14 tracks all dicts)
import gc
gc.collect()
x = [{}, {"a": 1}, {1: 2.5}]
x.append(x)
del x
print("list + 3 atomic dicts:", gc.collect())
y = [{"l": []}]
y.append(y)
del y
print("list + dict holding a list + that list:", gc.collect())
