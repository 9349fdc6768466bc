# covers: a weakref freed before its object never calls its callback
import weakref
class C:
    pass
c = C()
r = weakref.ref(c, lambda ref: print("never"))
del r
del c
print("no callback")
