# covers: argument errors of native functions that differ between CPython versions
# covers: unknown keywords: "'zz' is an invalid keyword argument for split()" (3.10-3.12) vs "split() got an unexpected keyword argument 'zz'" (3.13+)
# covers: METH_VARARGS methods (str.find family and set.union 3.10-3.12) name themselves by their bare name when 3.10 calls obj.m(k=v) as a bound method; 3.10 also names other methods after the object's class ("S.upper()"), 3.11+ after the defining class
# covers: str.find family and str.replace moved to Argument Clinic in 3.13 (new arity messages, replace(count=)), int() and str() vectorcall in 3.13, print's keyword count in 3.10, enumerate's vectorcall from 3.11, super() from 3.11, clinic optional groups of gc.set_threshold from 3.13, map(strict=) in 3.14
import gc
import weakref

def attempt(label, call):
    try:
        call()
        print(label, '-> ok')
    except TypeError as e:
        print(label, '-> TypeError:', e)

class S(str):
    pass

class Box:
    pass

attempt('split(zz=)', lambda: 'a'.split(zz=1))
attempt('split(sep=",", zz=)', lambda: 'a'.split(sep=',', zz=1))
attempt('splitlines(zz=)', lambda: 'a'.splitlines(zz=1))
attempt('sort(zz=)', lambda: [2, 1].sort(zz=1))
attempt('sorted(zz=)', lambda: sorted([2, 1], zz=1))
attempt('sorted(iterable=) with an iterable', lambda: sorted([1], iterable=[1]))
attempt('min(zz=)', lambda: min([1], zz=1))
attempt('sum(iterable=)', lambda: sum([1], iterable=[1]))
attempt('round(number=, zz=)', lambda: round(number=1.5, zz=1))
attempt('print(zz=)', lambda: print('x', zz=1))
attempt('print(5 keywords)', lambda: print(sep='', end='', file=None, flush=False, zz=1))
attempt('int(x=)', lambda: int(x='5'))
attempt('int(zz=)', lambda: int('5', zz=1))
attempt('str(zz=)', lambda: str(object=1, zz=2))
attempt('zip(zz=)', lambda: zip([1], zz=1))
attempt('property(zz=)', lambda: property(zz=1))
attempt('gc.collect(zz=)', lambda: gc.collect(zz=1))
attempt('gc.get_objects(zz=)', lambda: gc.get_objects(zz=1))

attempt('str.find(sub=)', lambda: 'abc'.find(sub='b'))
attempt('str.count(start=)', lambda: 'abc'.count('b', start=0))
attempt('str.startswith(prefix=)', lambda: 'abc'.startswith(prefix='a'))
attempt('str.endswith(suffix=)', lambda: 'abc'.endswith(suffix='c'))
attempt('str.index(sub=)', lambda: 'abc'.index(sub='b'))
attempt('set.union(other=)', lambda: {1}.union(other={2}))
attempt('set.update(other=)', lambda: {1}.update(other={2}))
attempt('frozenset.intersection(zz=)', lambda: frozenset({1}).intersection(zz=1))
attempt('generator.throw(typ=)', lambda: (x for x in []).throw(typ=ValueError))
attempt('gc.get_referrers(zz=)', lambda: gc.get_referrers(zz=1))
attempt('S.upper(zz=)', lambda: S('a').upper(zz=1))
attempt('S.find(zz=)', lambda: S('a').find(zz=1))
attempt('with_traceback(tb=)', lambda: ValueError().with_traceback(tb=None))

attempt('str.find()', lambda: 'abc'.find())
attempt('str.rfind("b", 0, 3, 4)', lambda: 'abc'.rfind('b', 0, 3, 4))
attempt('str.startswith()', lambda: 'abc'.startswith())
attempt('str.count("b", 0, 3, 4)', lambda: 'abc'.count('b', 0, 3, 4))
attempt('str.replace("a")', lambda: 'abc'.replace('a'))
attempt('str.replace("a", "b", 1, 2)', lambda: 'abc'.replace('a', 'b', 1, 2))
attempt('str.replace("a", "b", count=1)', lambda: print('abcabc'.replace('a', 'X', count=1)))
attempt('str.replace("a", new=)', lambda: 'abc'.replace('a', new='b'))
attempt('int(1, 2, 3)', lambda: int(1, 2, 3))
attempt('str(1, 2, 3, 4)', lambda: str(1, 2, 3, 4))
attempt('enumerate()', lambda: enumerate())
attempt('enumerate(zz=)', lambda: enumerate(zz=1))
attempt('enumerate(start=)', lambda: enumerate(start=1))
attempt('enumerate([1], iterable=)', lambda: enumerate([1], iterable=[1]))
attempt('enumerate(3 keywords)', lambda: enumerate(a=1, b=2, c=3))
attempt('super(1, 2, 3)', lambda: super(1, 2, 3))
attempt('gc.set_threshold()', lambda: gc.set_threshold())
attempt('gc.set_threshold(1, 2, 3, 4)', lambda: gc.set_threshold(1, 2, 3, 4))
attempt('map(zz=)', lambda: map(abs, [1], zz=1))
attempt('map(abs, strict=True)', lambda: map(abs, strict=True))
b = Box()
r = weakref.ref(b)
attempt('weakref()(1)', lambda: r(1))
attempt('weakref()(zz=)', lambda: r(zz=1))
attempt('weakref.ref()', lambda: weakref.ref())
attempt('weakref.ref(b, None, 1)', lambda: weakref.ref(b, None, 1))
attempt('weakref.ref(b, callback=)', lambda: weakref.ref(b, callback=None))
print(r() is b)
