# covers: dict size while deleting and re-inserting keys in a loop (no growth when usable slots are reused by resize)
import sys
d = {i: i for i in range(5)}
out = [sys.getsizeof(d)]
for i in range(5, 30):
    del d[i - 5]
    d[i] = i
    out.append(sys.getsizeof(d))
print(out)
print(len(d))
