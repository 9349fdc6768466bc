# covers: after collect() free lists are empty: first list costs +1; once freed to the free list, the next list costs 0
import gc
gc.collect()
gc.get_count()  # warm-up: the 3-tuple it returns now sits in the tuple free list
c0 = gc.get_count()[0]
a = [1]
c1 = gc.get_count()[0]
del a
c2 = gc.get_count()[0]
b = [2]
c3 = gc.get_count()[0]
print("alloc:", c1 - c0, "free:", c2 - c1, "realloc:", c3 - c2)
