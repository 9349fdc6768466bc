# covers: a weakref callback cannot reach the dead object; stored objects in the callback's closure survive
import weakref
class C:
    pass
log = []
c = C()
tag = ["tag"]
r = weakref.ref(c, lambda ref: log.append((ref() is None, tag[0])))
del c
print(log)
