# covers: the first repr of a non-empty container (list, tuple, dict, set, dict view) creates CPython's thread-state dict and its "Py_Repr" list: two GC allocations, once per program; empty lists and tuples skip it
import gc
gc.collect()
gc.get_count()
a = gc.get_count()[0]
s = repr([])
s = repr(())
b = gc.get_count()[0]
s = str((1, 2))
c = gc.get_count()[0]
s = repr([1])
s = repr({1: 2})
d = gc.get_count()[0]
print(b - a, c - b, d - c)
l = [1]
t = (l,)
l.append(t)
print(t, l)
