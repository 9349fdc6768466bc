# covers: a list appended to itself and a dict containing itself count their own reference
import sys
L = []
L.append(L)
print("list in itself", sys.getrefcount(L))
L.append(L)
print("twice", sys.getrefcount(L))
d = {}
d["me"] = d
print("dict in itself", sys.getrefcount(d))
class N:
    pass
n = N()
n.me = n
print("instance attr to itself", sys.getrefcount(n))
L.clear()
d.clear()
del n.me
print("cleared", sys.getrefcount(L), sys.getrefcount(d), sys.getrefcount(n))
