# covers: staticmethod/classmethod objects (functools_wraps dict, __annotations__ up to 3.13, missing attributes raised and cleared before 3.13), argument tuples of calls to types without vectorcall, implicit classmethods, gc counts
import gc, sys
def f(x):
    "doc f"
    return x
print(sorted(vars(staticmethod(f))))
s = staticmethod(f)
print(s.__func__ is f, s.__wrapped__ is f, s.__dict__ is f.__dict__, s.__isabstractmethod__)
print(s.__name__, s.__qualname__, s.__doc__, s.__module__, s(3))
c = classmethod(f)
print(sorted(vars(c)), sys.getsizeof(c), gc.is_tracked(c), gc.is_tracked(vars(c)))
print(repr(s)[:28], repr(c)[:28])
def g():
    pass
print(sys.getrefcount(g))
s2 = staticmethod(g)
print(sys.getrefcount(g), sys.getrefcount(g.__annotations__), gc.is_tracked(g.__annotations__))
class K:
    @staticmethod
    def st(a, b=2):
        return a + b
    @classmethod
    def cl(cls, n):
        return cls.__name__ * n
    def __init_subclass__(cls, **kw):
        pass
print(K.st(1), K().st(1, 3), K.cl(2), K().cl(1))
print(type(K.__dict__['st']).__name__, type(K.__dict__['__init_subclass__']).__name__)
print(sorted(vars(K.__dict__['__init_subclass__'])))
try:
    s.__func__ = g
except AttributeError as e:
    print(e)
s.extra = 1
print(s.extra, 'extra' in vars(s))
del s.extra
print(hasattr(s, 'extra'))
a = [1]; b = [2]
gc.collect()
def probe(label, make):
    c0 = gc.get_count()[0]
    make()
    print(label, gc.get_count()[0] - c0)
for i in range(2):
    probe('staticmethod(f)', lambda: staticmethod(f))
    probe('staticmethod(len)', lambda: staticmethod(len))
    probe('classmethod(g)', lambda: classmethod(g))
    probe('property(len)', lambda: property(len))
    probe('slice(a, b)', lambda: slice(a, b))
    probe('zip(a, b)', lambda: zip(a, b))
c0 = gc.get_count()[0]
class L:
    @staticmethod
    def one():
        return 1
    @classmethod
    def two(cls):
        return 2
print('class L', gc.get_count()[0] - c0)
