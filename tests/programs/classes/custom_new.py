# covers: __new__ written in Python (an implicit staticmethod; slot_tp_new then __init__ when the result is an instance), super().__new__ and object.__new__ with their argument checks, singletons, __new__ returning another type, inheritance, gc counts
import sys, gc
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print('creating')
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        print('init', v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v, type(Singleton.__dict__['__new__']).__name__, sys.getrefcount(a))
class Point:
    def __new__(cls, x, y):
        obj = object.__new__(cls)
        obj.coords = (x, y)
        return obj
p = Point(1, 2)
print(p.coords, type(p).__name__)
class Other:
    def __new__(cls):
        return 42
print(Other())
class Sub(Point):
    pass
s = Sub(3, 4)
print(type(s).__name__, s.coords)
def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
attempt(lambda: object.__new__(Point, 1))
class NoNew:
    pass
attempt(lambda: object.__new__(NoNew, 1))
class WithInit:
    def __init__(self, a):
        pass
print(type(object.__new__(WithInit, 1)).__name__)
attempt(lambda: object.__new__(int))
gc.collect()
c0 = gc.get_count()[0]
class Counted:
    def __new__(cls, v):
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
c1 = gc.get_count()[0]
x = Counted(1)
c2 = gc.get_count()[0]
print('counts', c1 - c0, c2 - c1)
print(sys.getrefcount(Counted.__dict__['__new__']), Counted.__new__ is Counted.__dict__['__new__'].__func__)
