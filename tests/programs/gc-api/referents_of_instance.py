# covers: gc.get_referents of an instance: 3.10 [__dict__, class]; 3.11+ attribute values then the class
import gc
class C:
    pass
c = C()
v = []
c.x = v
c.y = 7
r = gc.get_referents(c)
print(len(r))
print("contains class:", [x is C for x in r])
print("contains value:", [x is v for x in r])
print("types:", sorted(type(x).__name__ for x in r))
