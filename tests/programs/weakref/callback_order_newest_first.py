# covers: multiple weakrefs with callbacks on one object: callbacks run newest first
import weakref
class C:
    pass
c = C()
refs = []
for i in range(4):
    refs.append(weakref.ref(c, lambda r, i=i: print("callback", i)))
del c
print("done")
