# covers: functions, lambdas, classes and bound methods can be weakly referenced; bound methods die at once
import weakref
def f():
    pass
class C:
    def m(self):
        pass
rf = weakref.ref(f)
rc = weakref.ref(C)
c = C()
rm = weakref.ref(c.m)
print(rf() is f, rc() is C, rm() is None)
g = lambda: 0
rg = weakref.ref(g)
del g
print("lambda dead:", rg() is None)
del f
print("function dead:", rf() is None)
