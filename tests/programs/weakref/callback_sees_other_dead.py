# covers: when a cycle dies under gc, all weakrefs to its members are cleared before any callback runs
import gc
import weakref
gc.collect()
class C:
    pass
a = C()
b = C()
a.b = b
b.a = a
def cb_a(r):
    print("a's callback; b's weakref alive:", rb() is not None)
def cb_b(r):
    print("b's callback; a's weakref alive:", ra() is not None)
ra = weakref.ref(a, cb_a)
rb = weakref.ref(b, cb_b)
del a, b
print("collect", gc.collect())
