# covers: a cycle promoted to generation 1 is found by collect(1) but not by collect(0)
import gc
gc.collect()
x = []
x.append(x)
gc.collect(0)
del x
print("collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))
