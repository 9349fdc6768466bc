# covers: each kept new list adds 1 to the young count (after collect() the list free list is empty)
import gc
gc.collect()
gc.get_count()  # warm-up: the 3-tuple it returns now sits in the tuple free list
keep = []
c0 = gc.get_count()[0]
for i in range(100):
    keep.append([])
c1 = gc.get_count()[0]
print("100 kept lists:", c1 - c0)
