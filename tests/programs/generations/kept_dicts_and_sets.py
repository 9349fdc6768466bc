# covers: young count delta for 50 kept dicts and 50 kept sets
import gc
gc.collect()
gc.get_count()  # warm-up: the 3-tuple it returns now sits in the tuple free list
keep = []
c0 = gc.get_count()[0]
for i in range(50):
    keep.append({})
c1 = gc.get_count()[0]
for i in range(50):
    keep.append(set())
c2 = gc.get_count()[0]
print("dicts:", c1 - c0, "sets:", c2 - c1)
