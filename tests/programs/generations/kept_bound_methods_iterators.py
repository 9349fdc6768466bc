# covers: young count delta for kept bound methods and kept list iterators
import gc
gc.collect()
gc.get_count()  # warm-up: the 3-tuple it returns now sits in the tuple free list
class C:
    def m(self):
        pass
c = C()
keep = []
c0 = gc.get_count()[0]
for i in range(30):
    keep.append(c.m)
c1 = gc.get_count()[0]
for i in range(30):
    keep.append(iter(keep))
c2 = gc.get_count()[0]
print("bound methods:", c1 - c0, "iterators:", c2 - c1)
