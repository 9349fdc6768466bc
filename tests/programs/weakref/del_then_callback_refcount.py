# covers: under refcounting __del__ runs before weakref callbacks
import weakref
class C:
    def __del__(self):
        print("__del__")
c = C()
r = weakref.ref(c, lambda ref: print("weakref callback"))
del c
print("done")
