# covers: deleting dict entries does not shrink it; clear() does; popitem
import sys
d = {i: i for i in range(20)}
full = sys.getsizeof(d)
for i in range(19):
    del d[i]
print("full", full, "after deleting 19", sys.getsizeof(d))
d.clear()
print("after clear", sys.getsizeof(d))
e = dict.fromkeys(range(6))
print("fromkeys 6", sys.getsizeof(e))
e.popitem()
print("popitem", sys.getsizeof(e))
