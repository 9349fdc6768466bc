# covers: the 3-tuple returned by gc.get_count() is itself a GC allocation: the first call after collect() counts it
# covers: (freed into the tuple free list without a decrement, so later calls reuse it for free; 3.14 counts tracked objects only)
import gc
gc.collect()
a = gc.get_count()[0]
b = gc.get_count()[0]
c = gc.get_count()[0]
print(a, b, c)
