# covers: instances have no free list: each free subtracts 1 from the young count
import gc
gc.collect()
gc.get_count()  # warm-up: the 3-tuple it returns now sits in the tuple free list
class C:
    pass
keep = [C() for i in range(20)]
c0 = gc.get_count()[0]
del keep[:10]
c1 = gc.get_count()[0]
print("freed 10 instances:", c1 - c0)
