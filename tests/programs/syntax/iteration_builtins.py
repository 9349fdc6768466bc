# covers: enumerate with start, zip (shortest), reversed, iter/next with default, range arithmetic
print(list(enumerate("abc", 1)))
print(list(zip([1, 2, 3], "ab")))
print(list(reversed([1, 2, 3])), list(reversed(range(4))))
it = iter([10, 20])
print(next(it), next(it), next(it, "done"))
r = range(10, 0, -3)
print(list(r), len(r), r[1], 7 in r, r)
print(list(range(0)), list(range(-3)), range(5)[::2])
d = {"x": 1, "y": 2}
for k in d:
    print(k, d[k])
