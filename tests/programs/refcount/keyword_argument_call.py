# covers: refcount of an argument passed by keyword versus positionally, per version
import sys
def f(a):
    return sys.getrefcount(a)
obj = []
print("positional", f(obj))
print("keyword", f(a=obj))
