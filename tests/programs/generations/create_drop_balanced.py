# covers: creating and dropping GC objects in a loop leaves the young count where it was
import gc
gc.collect()
gc.get_count()  # warm-up: the 3-tuple it returns now sits in the tuple free list
class C:
    pass
c0 = gc.get_count()[0]
for i in range(1000):
    x = C()
    y = [i]
    z = {"i": y}
c1 = gc.get_count()[0]
print("delta after 1000 create/drop rounds:", c1 - c0)
