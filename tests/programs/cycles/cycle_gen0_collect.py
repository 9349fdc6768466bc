# covers: a fresh cycle is found by gc.collect(0) (young generation)
import gc
gc.collect()
x = []
x.append(x)
del x
print("gen0", gc.collect(0))
print("full", gc.collect())
