# covers: a weakref returns the object while alive and None after it is freed by refcounting
import weakref
class C:
    pass
c = C()
r = weakref.ref(c)
print(r() is c)
del c
print(r() is None, r())
