# covers: list over-allocation: getsizeof after each append from length 0 to 70
import sys
L = []
sizes = [sys.getsizeof(L)]
for i in range(70):
    L.append(i)
    sizes.append(sys.getsizeof(L))
print(sizes)
changes = [n for n in range(1, 71) if sizes[n] != sizes[n - 1]]
print("size changes at lengths", changes)
