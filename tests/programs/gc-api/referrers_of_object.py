# covers: gc.get_referrers finds containers holding an object (filtered to the program's own containers)
import gc
target = []
a = [target]
b = {"t": target}
class C:
    pass
c = C()
c.t = target
mine = [a, b, c]
found = gc.get_referrers(target)
print([True in [x is m for x in found] for m in mine])
print("list a found:", True in [x is a for x in found])
