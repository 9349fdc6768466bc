# covers: exact young count after a scripted sequence of allocations and frees of instances
import gc
gc.collect()
gc.get_count()  # warm-up: the 3-tuple it returns now sits in the tuple free list
class C:
    pass
c0 = gc.get_count()[0]
a = C()
b = C()
c = C()
del b
d = C()
del a, c
e = C()
print("net:", gc.get_count()[0] - c0)
