# covers: objects only reachable from a cycle are collected with it and counted (lists, dicts, tuples of GC objects)
import gc
gc.collect()
c = []
c.append(c)
c.append([1, 2])
c.append({"k": [3]})
c.append(([4],))
del c
print("collected", gc.collect())
