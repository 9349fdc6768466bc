# covers: the keyword parameters native functions do accept: str.split/rsplit(sep=, maxsplit=), str.splitlines(keepends=), str.expandtabs(tabsize=), list.sort(key=, reverse=), sorted(key=, reverse=), min/max(key=, default=), print(sep=, end=), int(x, base=), str(object=), enumerate(start=), sum(start=), round(ndigits=), pow(mod=), dict(**kw), dict.update(**kw), property(fget=, doc=), gc.collect(generation=), sys.getsizeof(object=)
# covers: positional arguments of the same functions, and dict.pop/get with a default
import gc
import sys

s = 'a,b,,c'
print(s.split(sep=','))
print(s.split(',', maxsplit=1))
print(s.split(sep=',', maxsplit=2))
print(s.rsplit(sep=',', maxsplit=1))
print('a b  c'.split(maxsplit=1))
print('x\ny\n'.splitlines(keepends=True))
print(repr('a\tb'.expandtabs(tabsize=4)))

L = [3, 1, 2]
L.sort(reverse=True)
print(L)
L.sort(key=lambda v: v % 3)
print(L)
L.sort(key=None, reverse=False)
print(L)
print(sorted('cab', reverse=True))
print(sorted([-3, 1, 2], key=abs))
print(sorted([-3, 1, 2], key=abs, reverse=True))
print(min([3, -5, 4], key=abs), max([3, -5, 4], key=abs))
print(min([], default='empty'), max([], key=abs, default=None))
print(min(4, 2, 8, key=lambda v: -v))

print('a', 'b', 'c', sep='-')
print('no newline', end='|\n')
print('x', 'y', sep=None, end=None)
print(sep='', end='')
print('after')

print(int('ff', base=16), int('0x1f', 0), int('101', 2), int('7'))
print(str(object=42), repr(str()))
print(list(enumerate('ab', start=1)), list(enumerate('ab', 10)))
print(list(enumerate(iterable='xy')), list(enumerate(iterable='xy', start=5)))
print(sum([1, 2, 3], start=10), sum([[1], [2]], []))
print(round(2.675, ndigits=2), round(7.5), round(number=2.5), round(1234, -2))
print(pow(2, 10, mod=1000), pow(base=3, exp=4))

d = dict(a=1, b=2)
d.update({'c': 3}, d=4)
d.update(e=5)
print(sorted(d.items()))
print(dict([('x', 1)], y=2) == {'x': 1, 'y': 2})
print(d.pop('a'), d.pop('zz', 'default'), d.get('zz'), d.get('zz', 0), d.setdefault('f', 6))
print({}.pop('k', 'empty dict'))
print(list(zip('ab', 'xy', strict=False)))

p = property(fget=None, doc='documented')
print(type(p).__name__)
print(gc.collect(generation=0) >= 0, gc.collect(1) >= 0)
print(sys.getsizeof(object=0) > 0, sys.getsizeof(0, 0) > 0)
print('a-b'.replace('-', '+'), 'aaa'.replace('a', 'b', 2))
print((1, 2, 1, 2).index(2, 2), (1, 2, 1).index(1, -1), [1, 2, 1].index(1, 1, 3))
