# covers: frames hold references to globals and builtins on 3.10 only; functions hold builtins (func_builtins)
import sys
g = globals()
a = sys.getrefcount(g)
def f():
    return sys.getrefcount(g)
def h():
    return f()
print(a, f(), h())
import builtins
b = builtins.__dict__
print(sys.getrefcount(b) - (lambda: sys.getrefcount(b))())
