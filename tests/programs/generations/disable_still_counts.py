# covers: gc.disable() stops automatic collections but the young count keeps growing
import gc
gc.collect()
gc.get_count()  # warm-up: the 3-tuple it returns now sits in the tuple free list
gc.disable()
keep = []
c0 = gc.get_count()[0]
for i in range(3000):
    keep.append([])
c1 = gc.get_count()[0]
gc.enable()
print("counted while disabled:", c1 - c0)
