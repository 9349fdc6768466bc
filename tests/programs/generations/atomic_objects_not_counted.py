# covers: ints, floats and strs never move the young count
import gc
gc.collect()
gc.get_count()  # warm-up: the 3-tuple it returns now sits in the tuple free list
keep = []
c0 = gc.get_count()[0]
keep.append(1)
for i in range(100):
    keep[0] = i * 1000.5
    keep[0] = "x" * i
    keep[0] = 10 ** 30 + i
c1 = gc.get_count()[0]
print("delta:", c1 - c0)
