# covers: reversed() of a dict and of its key, value and item views (3.8+): reverse iterators over the entries, the size check, their sizes and allocations
import sys, gc
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["z"] = 26
r = reversed(d)
print(type(r).__name__, list(r), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed(d.values())).__name__, type(reversed(d.items())).__name__, sys.getsizeof(reversed(d)))
it = reversed(d)
next(it)
d["q"] = 1
try:
    next(it)
except RuntimeError as e:
    print(e)
print(list(reversed({})))
gc.collect()
gc.get_count()
a = gc.get_count()[0]
x = list(reversed(d.items()))
b = gc.get_count()[0]
print(b - a, x)
