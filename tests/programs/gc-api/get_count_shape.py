# covers: gc.get_count returns a 3-tuple; after collect() it reads (0, 0, 0) on 3.10-3.13
import gc
gc.collect()
c = gc.get_count()
print(type(c).__name__, len(c), c)
