# covers: default argument values are referenced by the function (its defaults tuple), once per function
import sys
obj = []
base = sys.getrefcount(obj)
def f(a=obj, b=obj):
    return a
print("two defaults", sys.getrefcount(obj) - base)
g = f
print("alias of function", sys.getrefcount(obj) - base)
def h(x=obj):
    return x
print("another function", sys.getrefcount(obj) - base)
del f, g
print("functions gone", sys.getrefcount(obj) - base)
