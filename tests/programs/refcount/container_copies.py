# covers: copying containers increments every element once: list.copy, sorted, tuple(), dict.copy, set()
import sys
e = []
base = sys.getrefcount(e)
L = [e, e]
c1 = L.copy()
print("list.copy", sys.getrefcount(e) - base)
c2 = sorted([e])
print("sorted", sys.getrefcount(e) - base)
c3 = tuple(L)
print("tuple()", sys.getrefcount(e) - base)
D = {1: e}
c4 = D.copy()
print("dict.copy", sys.getrefcount(e) - base)
c5 = list(D.values())
print("list(values)", sys.getrefcount(e) - base)
del L, c1, c2, c3, D, c4, c5
print("all gone", sys.getrefcount(e) - base)
