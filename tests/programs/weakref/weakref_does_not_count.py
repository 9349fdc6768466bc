# covers: creating weak references does not change the object's refcount
import sys
import weakref
class C:
    pass
c = C()
before = sys.getrefcount(c)
rs = [weakref.ref(c, lambda r: None) for i in range(5)]
print(sys.getrefcount(c) - before)
print([r() is c for r in rs])
