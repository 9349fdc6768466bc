# covers: a list containing itself survives refcounting; gc.collect() returns 1 for it
import gc
gc.collect()
L = []
L.append(L)
del L
print("collected", gc.collect())
print("again", gc.collect())
