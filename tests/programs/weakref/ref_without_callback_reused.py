# covers: weakref.ref(obj) without callback returns the same weakref object each time; with a callback it is new
import weakref
class C:
    pass
c = C()
r1 = weakref.ref(c)
r2 = weakref.ref(c)
r3 = weakref.ref(c, lambda r: None)
print(r1 is r2, r1 is r3, r1 == r3)
del c
print(r1() is None, r3() is None)
