# covers: property get/set/delete, @x.setter copies (name, doc, getter()), error messages per version, __set_name__ binding at class creation, sizes, tracking, refcounts held, gc counts of class bodies with properties
import sys, gc
def show(f, *a):
    try:
        r = f(*a)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def __init__(self):
        self._x = 5
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    @property
    def y(self):
        return 2
    z = property(doc='only doc')
a = A()
print(a.x, a.y, A.x.__doc__, A.y.__doc__, A.z.__doc__)
a.x = 7
print(a.x, A.x.fget.__name__, A.x.fset.__name__, A.x.fdel)
print(type(A.x).__name__, sys.getsizeof(A.x), gc.is_tracked(A.x), A.x.__isabstractmethod__)
show(setattr, a, 'y', 3)
show(delattr, a, 'x')
show(getattr, a, 'z')
show(setattr, a, 'z', 1)
show(delattr, a, 'z')
p = property(lambda s: 1)
A.w = p
show(setattr, a, 'w', 1)
print(A.x.__get__(None, A) is A.x, A.x.__get__(a), A.x.__get__(None, None) if 0 else 0)
show(A.x.__get__, None)
print(sys.getrefcount(A.__dict__['x']), sys.getrefcount(A.__dict__['x'].fget))
f0 = A.__dict__['y'].fget
print(sys.getrefcount(f0))
def g(self):
    return 'g'
print(sys.getrefcount(g))
pg = property(g)
print(sys.getrefcount(g))
pg2 = pg.setter(g)
print(sys.getrefcount(g), pg2.fget is g, pg2.fset is g, pg2 is pg)
pg3 = pg.getter(g)
print(pg3.fget is g)
del pg, pg2, pg3
print(sys.getrefcount(g))
print(repr(A.x)[:18], 'setter' in dir(A.x))
gc.collect()
c0 = gc.get_count()[0]
class B:
    @property
    def z(self): return 1
print('class B', gc.get_count()[0] - c0)
c0 = gc.get_count()[0]
class C:
    @property
    def z(self): return 1
    @z.setter
    def z(self, v): pass
    @z.deleter
    def z(self): pass
print('class C', gc.get_count()[0] - c0)
b = B()
c0 = gc.get_count()
for i in range(100):
    b.z
print('gets', gc.get_count()[0] - c0[0])
c0 = gc.get_count()[0]
s = A.x.setter
print('bound setter', gc.get_count()[0] - c0, type(s).__name__)
del s
c0 = gc.get_count()[0]
pp = property(g, None, None, 'd')
print('new prop', gc.get_count()[0] - c0)
show(getattr, A.x, '__name__')
show(getattr, p, '__name__')
