# covers: default argument objects are created once and shared by every call
def f(x=[]):
    return x
print(f() is f(), f([]) is f())
def g(x=(10 ** 10)):
    return x
print(g() is g())
