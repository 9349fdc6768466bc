# covers: getsizeof of a dict as str keys are added one by one (0..50)
import sys
d = {}
sizes = [sys.getsizeof(d)]
for i in range(50):
    d["k" + str(i)] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
print("changes at", [n for n in range(1, 51) if sizes[n] != sizes[n - 1]])
