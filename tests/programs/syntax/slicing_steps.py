# covers: slicing with negative indices, steps, reversed slices, out-of-range bounds, on list/str/tuple
L = list(range(10))
print(L[2:5], L[:3], L[7:], L[-3:], L[:-7])
print(L[::2], L[1::3], L[::-1], L[::-3])
print(L[8:2:-2], L[2:8:-1], L[-1:-4:-1])
print(L[5:100], L[100:], L[-100:2])
s = "memory"
print(s[::-1], s[1:4], s[::2], s[-2:])
t = (0, 1, 2, 3, 4)
print(t[1:4], t[::-2], t[3:1])
