# covers: what calling a built-in type's dunder method allocates: a wrapper_descriptor packs self and the arguments into a tuple and slices self off into another; a bound method-wrapper is a GC object; method descriptors (__sizeof__) pack nothing
import gc
gc.disable()
x = 1
gc.collect()
c = gc.get_count()[0]; x.__add__(2); print('add', gc.get_count()[0] - c)
gc.collect()
c = gc.get_count()[0]; x.__neg__(); print('neg', gc.get_count()[0] - c)
gc.collect()
m = x.__add__
c = gc.get_count()[0]; m(2); print('bound add', gc.get_count()[0] - c)
gc.collect()
c = gc.get_count()[0]; m2 = x.__add__; print('bind', gc.get_count()[0] - c)
gc.collect()
c = gc.get_count()[0]; int.__add__(1, 2); print('unbound', gc.get_count()[0] - c)
gc.collect()
c = gc.get_count()[0]; x.__sizeof__(); print('sizeof', gc.get_count()[0] - c)
gc.collect()
c = gc.get_count()[0]; x.__repr__(); print('repr', gc.get_count()[0] - c)
class A:
    def __init__(self):
        c = gc.get_count()[0]; super().__init__(); print('superinit', gc.get_count()[0] - c)
gc.collect()
A()
