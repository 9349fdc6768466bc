# covers: dict free list: allocate, free, allocate again after a full collection
import gc
gc.collect()
gc.get_count()  # warm-up: the 3-tuple it returns now sits in the tuple free list
c0 = gc.get_count()[0]
d = {"k": 1}
c1 = gc.get_count()[0]
del d
c2 = gc.get_count()[0]
e = {"j": 2}
c3 = gc.get_count()[0]
print("alloc:", c1 - c0, "free:", c2 - c1, "realloc:", c3 - c2)
