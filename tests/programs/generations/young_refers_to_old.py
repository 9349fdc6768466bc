# covers: a young cycle that an old object still references survives a young collection
import gc
gc.collect()
old = []
gc.collect()
a = []
a.append(a)
old.append(a)
del a
print("collect(0) with old ref:", gc.collect(0))
old.clear()
print("after clearing old holder, collect():", gc.collect())
