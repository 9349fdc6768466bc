# covers: getsizeof of a set as ints are added one by one (0..40), and set() from iterables
import sys
s = set()
sizes = [sys.getsizeof(s)]
for i in range(40):
    s.add(i)
    sizes.append(sys.getsizeof(s))
print(sizes)
print("changes at", [n for n in range(1, 41) if sizes[n] != sizes[n - 1]])
print("set(range(n))", [sys.getsizeof(set(range(n))) for n in (0, 1, 4, 5, 8, 19, 20, 40)])
print("literal", sys.getsizeof({1, 2, 3}), "comp", sys.getsizeof({i for i in range(3)}))
