# covers: gc.get_referents of a list, tuple and dict, described by identity tests
import gc
a = []
b = {}
L = [a, b, 5]
r = gc.get_referents(L)
print(len(r), [type(x).__name__ for x in r], r[0] is a, r[2] is a)
t = (a, "s")
print([x is a for x in gc.get_referents(t)], len(gc.get_referents(t)))
d = {"k": a, 3: b}
r = gc.get_referents(d)
print(len(r), [x is a or x is b for x in r])
