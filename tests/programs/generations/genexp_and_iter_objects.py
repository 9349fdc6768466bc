# covers: young count delta for kept generator expressions and kept zip/enumerate objects
import gc
gc.collect()
gc.get_count()
data = [1, 2, 3]
keep = []
c0 = gc.get_count()[0]
for i in range(10):
    keep.append(x for x in data)
c1 = gc.get_count()[0]
for i in range(10):
    keep.append(enumerate(data))
c2 = gc.get_count()[0]
for i in range(10):
    keep.append(zip(data, data))
c3 = gc.get_count()[0]
print("genexps:", c1 - c0, "enumerates:", c2 - c1, "zips:", c3 - c2)
