# covers: the callback runs at refcount death, receives the (now dead) weakref itself
import weakref
class C:
    pass
def cb(ref):
    print("callback; ref is r:", ref is r, "deref:", ref())
c = C()
r = weakref.ref(c, cb)
print("deleting")
del c
print("after delete")
