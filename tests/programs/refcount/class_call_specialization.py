# covers: from 3.13 a call site specializes class calls after its first one (CALL_ALLOC_AND_ENTER_INIT): no argument tuple, so __init__ sees lower refcounts; defaults (3.14 only), *args and other classes stay generic
import sys
class C:
    def __init__(self, a):
        print(sys.getrefcount(self), sys.getrefcount(a), end=" | ")
class D:
    def __init__(self, a, b=2):
        print(sys.getrefcount(a), end=" ")
class E:
    def __init__(self, *args):
        print(sys.getrefcount(args[0]), end=" ")
x = [1]
for i in range(3):
    C(x)
print()
for i in range(3):
    D(x)
print()
for i in range(3):
    E(x)
print()
def mk(cls):
    return cls(x)
mk(C); mk(C); mk(D); mk(C)
print()
