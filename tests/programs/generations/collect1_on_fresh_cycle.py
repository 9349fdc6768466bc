# covers: gc.collect(1) on a fresh cycle: found on 3.10-3.13 (gen0 is merged into gen1); 3.14's increment
import gc
gc.collect()
x = []
x.append(x)
del x
print("collect(1):", gc.collect(1))
print("collect(2):", gc.collect(2))
