# covers: an exception inside a weakref callback is reported on stderr and ignored
import weakref
class C:
    pass
def cb(r):
    print("callback runs")
    raise RuntimeError("ignored")
c = C()
r = weakref.ref(c, cb)
del c
print("continues")
