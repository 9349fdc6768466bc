# covers: iter(list) holds the list; an exhausted list iterator drops its reference
import sys
L = [1, 2]
print("list", sys.getrefcount(L))
it = iter(L)
print("with iterator", sys.getrefcount(L))
next(it)
next(it)
print("after two next()", sys.getrefcount(L))
print(next(it, "end"))
print("exhausted", sys.getrefcount(L))
T = (1, 2)
tt = iter(T)
print("tuple iterator", sys.getrefcount(T))
for _ in tt:
    pass
print("tuple iterator exhausted", sys.getrefcount(T))
