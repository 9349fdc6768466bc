# covers: private name mangling (__x inside a class is _Class__x: attributes, class attributes, methods, parameters, locals, nested classes and comprehensions; keyword arguments and __dunder__ names are not mangled)
class C:
    __cls = 5
    def __init__(self):
        self.__p = 1
        __local = 2
        self.q = __local
    def f(self, __a):
        return __a
    def g(self):
        try:
            return self.f(__a=1)
        except TypeError as e:
            return str(e)
    def h(self):
        return self.__p, C.__cls, self.__cls
    def __m(self):
        return 'm'
    def call_m(self):
        return self.__m()
    def __dunder__(self):
        return 'd'
c = C()
print(sorted(vars(c)), sorted(k for k in vars(C) if not k.startswith('__') or k.endswith('__') and k in ('__dunder__',)))
print(c.g(), c.h(), c.call_m(), c._C__p)
def outer():
    class D:
        def k(self):
            __z = 3
            return [__z for _ in range(1)]
    return D().k()
print(outer())
class _Under:
    def __init__(self):
        self.__x = 1
print(vars(_Under()))
class Outer:
    class __Inner:
        pass
    def make(self):
        return self.__Inner()
    def names(self):
        global __g
        __g = 1
        return sorted(k for k in globals() if 'g' in k and k.startswith('_'))
o = Outer()
print(type(o.make()).__name__, type(o.make()).__qualname__, Outer._Outer__Inner.__name__, Outer._Outer__m if hasattr(Outer, '_Outer__m') else '-', o.names())
class Base:
    def __init__(self):
        self.__secret = 'base'
class Derived(Base):
    def __init__(self):
        super().__init__()
        self.__secret = 'derived'
print(sorted(vars(Derived()).items()))
try:
    Derived().__secret
except AttributeError as e:
    print(e)
print(C._C__m.__name__, C._C__m.__qualname__)
