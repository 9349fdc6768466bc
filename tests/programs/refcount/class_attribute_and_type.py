# covers: class attributes reference their values once; every instance references its class
import sys
shared = []
before = sys.getrefcount(shared)
class C:
    a = shared
    b = shared
print("class attrs", sys.getrefcount(shared) - before)
t0 = sys.getrefcount(C)
objs = [C() for i in range(4)]
print("instances ref the class", sys.getrefcount(C) - t0)
print("instances do not copy attrs", sys.getrefcount(shared) - before)
objs[0].a = shared
print("instance attr shadows", sys.getrefcount(shared) - before)
del objs
print("instances gone", sys.getrefcount(C) - t0, sys.getrefcount(shared) - before)
