# covers: sys.getsizeof of classes (built-in and Python), built-in functions and methods, modules, functions, bound methods, staticmethod/classmethod/property, exceptions, iterators and slices
import sys, gc
class C:
    pass
class D(C):
    def m(self):
        pass
def f():
    pass
print(sys.getsizeof(int), sys.getsizeof(type), sys.getsizeof(object), sys.getsizeof(ValueError), sys.getsizeof(C), sys.getsizeof(D))
print(sys.getsizeof(len), sys.getsizeof([].append), sys.getsizeof(list.append), sys.getsizeof(sys), sys.getsizeof(gc))
print(sys.getsizeof(f), sys.getsizeof(D().m), sys.getsizeof(lambda: 0), sys.getsizeof(C()), sys.getsizeof(ValueError()), sys.getsizeof(range(5)))
print(sys.getsizeof(iter([])), sys.getsizeof(iter(range(3))), sys.getsizeof(slice(1, 2)), sys.getsizeof(NotImplemented), sys.getsizeof(...), sys.getsizeof(staticmethod(f)), sys.getsizeof(property()))
