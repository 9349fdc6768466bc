# covers: tuple unpacking and swapping do not leak references
import sys
a = []
b = []
t = (a, b)
print(sys.getrefcount(a), sys.getrefcount(b))
x, y = t
print("unpacked", sys.getrefcount(a), sys.getrefcount(b))
x, y = y, x
print("swapped", sys.getrefcount(a), sys.getrefcount(b))
del t
print("tuple gone", sys.getrefcount(a), sys.getrefcount(b))
del x, y
print("names gone", sys.getrefcount(a), sys.getrefcount(b))
