# covers: a tuple containing a list that contains the tuple
import gc
gc.collect()
L = []
t = (L, 1)
L.append(t)
del L, t
print("collected", gc.collect())
