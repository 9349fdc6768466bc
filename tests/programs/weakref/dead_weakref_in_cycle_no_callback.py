# covers: a weakref that is itself part of the garbage does not call its callback
import gc
import weakref
gc.collect()
class C:
    pass
c = C()
c.me = c
c.wr = weakref.ref(c, lambda r: print("should not print"))
del c
print("collect", gc.collect())
print("done")
