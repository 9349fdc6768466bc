# covers: __slots__ (member descriptors, sorted and mangled names, no __dict__/__weakref__ unless listed, instance sizes per version, dealloc and traverse order of slot values, errors, cycles through slots, gc counts of class statements)
import sys, gc, weakref
class P:
    __slots__ = ('y', 'x')
    def __init__(self, x, y):
        self.x = x
        self.y = y
class E:
    __slots__ = ()
class D:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class W:
    __slots__ = ('x', '__weakref__')
class Dd:
    __slots__ = ['x', '__dict__']
class Sub(P):
    pass
class Sub2(P):
    __slots__ = 'z'
p = P(1, 2)
print('sizes', sys.getsizeof(p), sys.getsizeof(E()), sys.getsizeof(D(1, 2)), sys.getsizeof(W()), sys.getsizeof(Dd()), sys.getsizeof(Sub(1, 2)), sys.getsizeof(Sub2(1, 2)))
print('tracked', gc.is_tracked(p), gc.is_tracked(E()), gc.is_tracked(W()))
print('dict', hasattr(p, '__dict__'), hasattr(Sub(1, 2), '__dict__'), hasattr(Dd(), '__dict__'), vars(Sub(1, 2)))
print(P.x, type(P.x).__name__, P.__slots__, Sub2.__slots__, sys.getsizeof(P.x), gc.is_tracked(P.x))
print(P.x.__name__, P.x.__qualname__, P.x.__objclass__ is P, P.x.__get__(p, P), P.x.__get__(None, P) is P.x)
print(sorted(vars(P)), sorted(vars(W)), sorted(vars(Dd)), sorted(vars(Sub)))
def attempt(label, f):
    try:
        print(label, f())
    except (AttributeError, TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
def set_z():
    p.z = 3
attempt('set z', set_z)
q = P.__new__(P)
attempt('get unset', lambda: q.x)
def del_unset():
    del q.y
attempt('del unset', del_unset)
def del_z():
    del p.z
attempt('del z', del_z)
attempt('vars', lambda: vars(p))
attempt('weakref', lambda: weakref.ref(p))
w = W()
r = weakref.ref(w)
print('weakref slot', r() is w, W.__weakref__.__name__)
d = Dd()
d.x = 1
d.other = 2
print('dict slot', d.x, d.other, vars(d))
def bad(ns):
    try:
        type('Bad', (), ns)
    except (TypeError, ValueError) as e:
        print('bad', type(e).__name__, e)
bad({'__slots__': ('a',), 'a': 1})
bad({'__slots__': ('1a',)})
bad({'__slots__': (1,)})
bad({'__slots__': ('__dict__', '__dict__')})
class Priv:
    __slots__ = ('__p', '_q', '__r__')
    def __init__(self):
        self.__p = 1
print(sorted(vars(Priv)), Priv()._Priv__p)
class K:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
class Order:
    __slots__ = ('b', 'a', 'c')
    def __init__(self):
        self.c = K('c')
        self.a = K('a')
        self.b = K('b')
o = Order()
del o
class Order2(Order):
    __slots__ = ('z',)
    def __init__(self):
        self.z = K('z')
        super().__init__()
o = Order2()
print(gc.get_referents(o)[0].n, len(gc.get_referents(o)))
del o
class Order3(Order):
    def __init__(self):
        self.w = K('w')
        super().__init__()
o = Order3()
del o
x = [1]
p.x = x
print('refs', sys.getrefcount(x))
p.x = None
print('refs', sys.getrefcount(x))
class Node:
    __slots__ = ('other', 'name')
    def __init__(self, name):
        self.name = name
gc.collect()
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
print('cycle', gc.collect())
gc.collect()
c0 = gc.get_count()[0]
class A2:
    pass
c1 = gc.get_count()[0]
class S2:
    __slots__ = ('y', 'x')
c2 = gc.get_count()[0]
class S0:
    __slots__ = ()
c3 = gc.get_count()[0]
class S1:
    __slots__ = 'solo'
c4 = gc.get_count()[0]
class S3:
    __slots__ = ['a', 'b', 'c']
c5 = gc.get_count()[0]
print('class counts', c1 - c0, c2 - c1, c3 - c2, c4 - c3, c5 - c4)
c0 = gc.get_count()[0]
ps = [P(i, i) for i in range(50)]
ds = [D(i, i) for i in range(50)]
print('instances', gc.get_count()[0] - c0)
print('memory', sum(sys.getsizeof(o) for o in ps), sum(sys.getsizeof(o) + (sys.getsizeof(o.__dict__) if sys.version_info < (3, 11) else 0) for o in ds))
