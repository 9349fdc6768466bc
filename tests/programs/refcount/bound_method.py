# covers: a bound method object holds a reference to its instance (and function); each access creates a new one
import sys
class C:
    def m(self):
        return 1
c = C()
print("instance", sys.getrefcount(c))
m1 = c.m
print("one bound method", sys.getrefcount(c))
m2 = c.m
print("two bound methods", sys.getrefcount(c), m1 is m2, m1 == m2)
del m1, m2
print("released", sys.getrefcount(c))
print("temporary bound method call", c.m(), sys.getrefcount(c))
