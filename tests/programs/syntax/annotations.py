# covers: annotations: SETUP_ANNOTATIONS and __annotations__ of modules and classes, the annotation tuple of a def (a dict on first access), annotations not evaluated in functions, NameError from an annotation at the def (3.10-3.13), 3.14 deferred __annotate__ functions
import gc, sys
gc.collect()
c0 = gc.get_count()[0]
class P:
    a: int = 1
    b: str
c1 = gc.get_count()[0]
class Q:
    a = 1
c2 = gc.get_count()[0]
def f(a: int, *args: str, b: 'x' = 2, **kw: float) -> None:
    pass
def g(a, b=2):
    pass
c0 = gc.get_count()[0]
def h(a: int) -> int:
    return a
c1 = gc.get_count()[0]
print('def', c1 - c0)
print(f.__annotations__, g.__annotations__, h.__annotations__)
print(sys.getrefcount(int) > 0, '__annotations__' in globals(), '__annotate__' in globals())
x: int = 5
y: list
print('__annotations__' in globals(), '__annotate__' in globals())
try:
    def bad(a: Undefined): pass
    print('no error')
except NameError as e:
    print(e)
def loc():
    z: int = 3
    w: Undefined
    return z
print(loc())
import sys as _s
print(__annotations__ if '__annotations__' in globals() else 'deferred')
class Point:
    x: int
    y: int = 0
    def __init__(self, x: int, y: int = 0) -> None:
        self.x: int = x
        self.y = y
p = Point(3)
print(p.x, p.y, Point.__init__.__annotations__)
gc.collect()
c0 = gc.get_count()[0]
def k(a: list, b: dict) -> tuple:
    return a, b
c1 = gc.get_count()[0]
ann = k.__annotations__
c2 = gc.get_count()[0]
print('def k', c1 - c0, 'first access', c2 - c1, ann is k.__annotations__, sys.getrefcount(ann))
print(sys.getrefcount(k))
class NoAnnotations:
    pass
print(NoAnnotations.__annotations__, "__annotations__" in NoAnnotations.__dict__)
print(Point.__annotations__)
