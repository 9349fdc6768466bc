# covers: getsizeof of functions, lambdas, closures, classes (type objects), bound methods, cells
import sys
def f():
    pass
def outer():
    x = 1
    def inner():
        return x
    return inner
class C:
    def m(self):
        pass
print("function", sys.getsizeof(f), "lambda", sys.getsizeof(lambda: 0))
print("closure", sys.getsizeof(outer()))
print("class", sys.getsizeof(C))
print("bound method", sys.getsizeof(C().m))
print("cell", sys.getsizeof(outer().__closure__[0]))
