# covers: young count delta for kept runtime tuples of ints (3.14: untracked, not counted) and of lists
import gc
gc.collect()
gc.get_count()  # warm-up: the 3-tuple it returns now sits in the tuple free list
keep = []
c0 = gc.get_count()[0]
for i in range(50):
    keep.append((i, i))
c1 = gc.get_count()[0]
for i in range(50):
    keep.append((i, keep))
c2 = gc.get_count()[0]
print("atomic tuples:", c1 - c0, "tuples with a list:", c2 - c1)
