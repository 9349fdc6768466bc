# covers: a closure cell holds one reference; two closures sharing one cell; releasing closures
import sys
def make(val):
    def get():
        return val
    def peek():
        return val
    return get, peek
obj = []
base = sys.getrefcount(obj)
g, p = make(obj)
print("two closures, one cell", sys.getrefcount(obj) - base)
g2, p2 = make(obj)
print("second make", sys.getrefcount(obj) - base)
del g
print("drop one closure", sys.getrefcount(obj) - base)
del p
print("drop its sibling", sys.getrefcount(obj) - base)
print(g2() is obj)
