# covers: refcount of functions and classes created by def/class, aliases, storing in containers
import sys
def f():
    pass
r0 = sys.getrefcount(f)
g = f
h = [f, f]
print("function", sys.getrefcount(f) - r0)
class C:
    pass
c0 = sys.getrefcount(C)
k = C
print("class alias", sys.getrefcount(C) - c0)
o = C()
print("instance", sys.getrefcount(C) - c0)
