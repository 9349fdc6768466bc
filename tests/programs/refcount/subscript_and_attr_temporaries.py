# covers: getrefcount of values read through an attribute, a list index and a dict key (a new reference each)
import sys
class H:
    pass
h = H()
h.v = []
L = [[]]
d = {"k": []}
print("attr", sys.getrefcount(h.v), "index", sys.getrefcount(L[0]), "key", sys.getrefcount(d["k"]))
def inside():
    return sys.getrefcount(h.v), sys.getrefcount(L[0]), sys.getrefcount(d["k"])
print("from a function", inside())
def param(p):
    q = p.v
    return sys.getrefcount(q)
print("local copy of attr", param(h))
