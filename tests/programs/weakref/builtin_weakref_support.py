# covers: which built-in objects accept weak references (sets, frozensets, functions, classes, built-in functions, code objects, generators; not lists, dicts, tuples, ints, strs), and that a set's weak references die with it, callbacks included
import weakref
def f():
    pass
def g():
    yield 1
class C:
    def m(self):
        pass
objs = [set(), frozenset([1]), f, C, C(), C().m, g(), len, [], {}, (), 1, "s", None, 1.5, range(3), iter([]), f.__code__, type, property(), staticmethod(f)]
for o in objs:
    try:
        weakref.ref(o)
        print(type(o).__name__, "yes")
    except TypeError:
        print(type(o).__name__, "no")
import gc, sys
calls = []
s = {1, 2}
r = weakref.ref(s, lambda ref: calls.append("set"))
fs = frozenset([3])
r2 = weakref.ref(fs, lambda ref: calls.append("frozenset"))
print(r() is s, weakref.getweakrefcount(s), sys.getsizeof(s))
del s, fs
print(r(), r2(), calls)
a = {4}
b = [a]
a.add(frozenset([5]))
ra = weakref.ref(a, lambda ref: calls.append("cyc"))
del a, b
gc.collect()
print(ra(), calls)
