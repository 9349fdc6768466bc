# covers: set add/discard/remove/pop on ints, union/intersection/difference/symmetric difference, subset tests
s = {3, 1, 2}
s.add(4)
s.discard(10)
s.remove(1)
print(sorted(s), len(s))
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), a.issubset({1, 2, 3, 4}), a <= a, a < a, {1} < a)
print(set(), sorted(set("hello")), {1, 1.0, True})
print(a.isdisjoint({7}), sorted(a.intersection(b, {3})))
