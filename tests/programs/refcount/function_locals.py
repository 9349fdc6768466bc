# covers: getrefcount of locals inside a function (3.14 borrows local loads) versus module globals
import sys
def f():
    x = []
    r1 = sys.getrefcount(x)
    y = x
    r2 = sys.getrefcount(x)
    del y
    r3 = sys.getrefcount(x)
    return r1, r2, r3
print("function", f())
x = []
r1 = sys.getrefcount(x)
y = x
r2 = sys.getrefcount(x)
del y
r3 = sys.getrefcount(x)
print("module", (r1, r2, r3))
