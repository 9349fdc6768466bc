# covers: chained comparisons, mixed int/float comparisons, comparison of sequences, short-circuit of chains
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1.0, 2 < 2.5, True == 1, False < True)
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), "abc" < "abd", "Z" < "a")
calls = []
def f(v):
    calls.append(v)
    return v
print(f(3) < f(2) < f(1))
print(calls)
print(1 < 2 == 2 != 3)
