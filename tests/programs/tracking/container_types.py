# covers: gc.is_tracked for fresh list, set, instance, function, lambda, class, bound method, closure cell, range, iterators
import gc
class C:
    def m(self):
        pass
def f():
    pass
def outer():
    x = 1
    def inner():
        return x
    return inner
print("list", gc.is_tracked([]), "set", gc.is_tracked(set()))
print("instance", gc.is_tracked(C()), "function", gc.is_tracked(f), "lambda", gc.is_tracked(lambda: 0))
print("class", gc.is_tracked(C), "int type", gc.is_tracked(int))
print("bound method", gc.is_tracked(C().m))
print("cell", gc.is_tracked(outer().__closure__[0]))
print("range", gc.is_tracked(range(3)), "list iter", gc.is_tracked(iter([])))
print("exception", gc.is_tracked(ValueError("x")))
