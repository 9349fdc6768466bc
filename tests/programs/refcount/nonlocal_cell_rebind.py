# covers: rebinding a nonlocal cell moves the reference from the old object to the new one
import sys
a = []
b = []
def outer():
    cur = a
    def swap():
        nonlocal cur
        cur = b
    return swap
s = outer()
print("cell holds a", sys.getrefcount(a), sys.getrefcount(b))
s()
print("cell holds b", sys.getrefcount(a), sys.getrefcount(b))
del s
print("closure freed", sys.getrefcount(a), sys.getrefcount(b))
