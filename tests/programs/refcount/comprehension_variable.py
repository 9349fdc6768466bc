# covers: refcount of an item inside a list comprehension (inlined in 3.12+) and in a generator expression
import sys
a = []
items = [a, a]
print("outside", sys.getrefcount(a))
print("listcomp", [sys.getrefcount(x) for x in items])
print("genexp", list(sys.getrefcount(x) for x in items))
print("dictcomp", {i: sys.getrefcount(x) for i, x in enumerate(items)})
def f():
    return [sys.getrefcount(x) for x in items]
print("listcomp in function", f())
print("after", sys.getrefcount(a))
