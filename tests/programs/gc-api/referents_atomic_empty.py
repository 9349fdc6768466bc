# covers: get_referents of atomic objects and of several objects at once
import gc
print(gc.get_referents(1), gc.get_referents("abc"), gc.get_referents(2.0))
a = [1]
b = [2]
r = gc.get_referents(a, b)
print(r)
print(gc.get_referents())
