# covers: the with statement: __enter__/__exit__ order and arguments, the exit kept on the stack (a bound method up to 3.13, function and self on 3.14) and the references it holds, suppression, return/break/continue through with, several items, errors for objects that are not context managers, gc counts
import sys, gc
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name, sys.getrefcount(self))
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev, type(tb).__name__, sys.getrefcount(self))
        return self.suppress
with CM('a') as a:
    print('body', sys.getrefcount(a))
print('after', sys.getrefcount(a))
with CM('b', True) as b:
    raise ValueError('boom')
print('suppressed')
try:
    with CM('c') as c:
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
def f():
    with CM('d') as d:
        return 'ret'
print(f())
for i in range(3):
    with CM('e%d' % i):
        if i == 1:
            continue
        if i == 2:
            break
        print('loop', i)
with CM('x') as x, CM('y') as y:
    print('two', x.name, y.name)
class Bad: pass
class OnlyEnter:
    def __enter__(self): return self
for obj in (Bad(), OnlyEnter()):
    try:
        with obj:
            pass
    except Exception as e:
        print(type(e).__name__, e)
gc.collect()
c0 = gc.get_count()[0]
cm = CM('z')
c1 = gc.get_count()[0]
with cm:
    c2 = gc.get_count()[0]
c3 = gc.get_count()[0]
print('counts', c1 - c0, c2 - c1, c3 - c2)
class Closer:
    def __init__(self):
        self.items = [1, 2, 3]
    def __enter__(self):
        return self.items
    def __exit__(self, *exc):
        self.items.clear()
        return False
cl = Closer()
with cl as items:
    print(len(items), sys.getrefcount(items))
print(cl.items)
def g():
    try:
        with CM('g'):
            1 / 0
    finally:
        print('finally')
try:
    g()
except ZeroDivisionError as e:
    print('zde', e)
class Failing:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('never')
try:
    with Failing():
        print('never')
except RuntimeError as e:
    print('enter error', e)
class ExitRaises:
    def __enter__(self):
        return 1
    def __exit__(self, et, ev, tb):
        raise TypeError('from exit')
try:
    with ExitRaises():
        raise ValueError('inner')
except TypeError as e:
    print('exit error', e, repr(e.__context__))
def gen():
    with CM('gen'):
        yield 1
        yield 2
for v in gen():
    print('yielded', v)
g2 = gen()
print(next(g2))
del g2
print('generator closed')
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return [0]
with Truthy():
    raise IndexError('hidden')
print('suppressed by a truthy value')
print(sys.exc_info())
