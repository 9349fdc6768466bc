# covers: size of an instance __dict__ as attributes are added 1..12
import sys
class C:
    pass
c = C()
out = []
for i in range(12):
    setattr_name = "a" + str(i)
    c.__dict__[setattr_name] = i
    out.append(sys.getsizeof(c.__dict__))
print(out)
print("instance itself", sys.getsizeof(c))
