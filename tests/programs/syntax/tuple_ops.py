# covers: tuple literal forms, singleton comma, concatenation, repetition, count/index, comparison, hash equality
t = 1, 2, 3
u = (4,)
print(t + u, u * 3, t * 0, (), (1,), type(()).__name__)
print(t.count(2), t.index(3), len(t), 2 in t)
print((1, 2) == (1, 2), (1, 2) < (1, 2, 0), hash((1, 2)) == hash((1, 2)))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)))
a, = u
print(a)
