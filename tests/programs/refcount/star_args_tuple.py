# covers: *args packs arguments into a new tuple that holds one reference per argument
import sys
obj = []
base = sys.getrefcount(obj)
def f(*args):
    return sys.getrefcount(obj) - base
print("one in *args", f(obj))
print("three in *args", f(obj, obj, obj))
def g(**kw):
    return sys.getrefcount(obj) - base
print("one in **kw", g(a=obj))
print("after", sys.getrefcount(obj) - base)
