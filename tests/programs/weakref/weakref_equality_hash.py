# covers: weakref equality follows the referents while alive; a dead weakref equals only itself
import weakref
class C:
    pass
a = C()
b = C()
ra = weakref.ref(a)
ra2 = weakref.ref(a, lambda r: None)
rb = weakref.ref(b)
print(ra == ra2, ra == rb, hash(ra) == hash(a))
del a
print(ra == ra2, ra == ra, ra() is None)
