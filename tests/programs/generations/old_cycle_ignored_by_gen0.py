# covers: a cycle whose objects were promoted is not found by collect(0); only an older collection finds it
import gc
gc.collect()
x = []
x.append(x)
gc.collect()
del x
print("collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))
print("collect(2):", gc.collect(2))
