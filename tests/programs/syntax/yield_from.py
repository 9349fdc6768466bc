# covers: yield from: delegation of next/send/throw/close to a sub-generator or iterator, the value it returns, the receiver kept on the delegating frame's stack, errors and finalization through the chain, gc counts
import sys, gc
def inner(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print('inner got', got)
    finally:
        print('inner finally')
    return 'inner done'
def outer():
    r = yield from inner(3)
    print('outer got', r)
    r2 = yield from [10, 20]
    print('list gives', r2)
    return 'outer done'
print(list(outer()))
g = outer()
print(next(g), g.send('x'), next(g))
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
g = outer()
next(g)
try:
    g.throw(ValueError('boom'))
except ValueError as e:
    print('thrown out', e)
g = outer()
next(g)
g.close()
print('closed')
def catcher():
    try:
        yield 1
        yield 2
    except KeyError:
        print('caught in inner')
        yield 'recovered'
    return 'r'
def deleg():
    v = yield from catcher()
    print('deleg got', v)
    yield 'after'
d = deleg()
print(next(d), d.throw(KeyError('k')), next(d))
def counted():
    it = iter([1, 2])
    yield from it
    print(sys.getrefcount(it))
print(list(counted()))
def gen_refs():
    sub = inner(2)
    x = yield from sub
    print('refs of sub', sys.getrefcount(sub))
    return x
h = gen_refs()
next(h)
print(gc.is_tracked(h))
print(list(h))
gc.collect()
c0 = gc.get_count()[0]
for v in outer():
    pass
print('count', gc.get_count()[0] - c0)
def raiser():
    yield 1
    raise RuntimeError('sub failed')
def wrap():
    try:
        yield from raiser()
    except RuntimeError as e:
        print('wrap caught', e)
        yield 'after failure'
print(list(wrap()))
def level3():
    yield 'deep'
    return 3
def level2():
    r = yield from level3()
    return r * 2
def level1():
    r = yield from level2()
    print('level1 got', r)
print(list(level1()))
def over_iter():
    yield from iter(['a', 'b'])
o = over_iter()
print(next(o))
try:
    o.throw(IndexError('no throw method'))
except IndexError as e:
    print('raised at the yield', e)
class Closable:
    def __init__(self):
        self.items = [1, 2, 3]
    def __iter__(self):
        return self
    def __next__(self):
        if not self.items:
            raise StopIteration
        return self.items.pop()
    def close(self):
        print('Closable.close')
def over_closable():
    yield from Closable()
c = over_closable()
print(next(c))
c.close()
def watcher(sub):
    print('sub refcount while delegating', sys.getrefcount(sub))
    yield from sub
s = inner(2)
w = watcher(s)
print(next(w))
print(sys.getrefcount(s))
del w
print('dropped the delegating generator')
print(next(s, 'exhausted'))
