# covers: refcount of a local passed to a nested call in the same expression
import sys
def outer():
    a = []
    return sys.getrefcount(a), [sys.getrefcount(a)], (sys.getrefcount(a), a)[0]
print(outer())
