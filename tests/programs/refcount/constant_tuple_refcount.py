# covers: refcount of a constant tuple literal (held by the code's constants) versus a tuple built at run time
import sys
t = (1, 2)
print("constant tuple", sys.getrefcount(t))
n = 2
u = (1, n)
print("runtime tuple", sys.getrefcount(u))
s = "constant-string"
print("constant str differs from runtime:", sys.getrefcount(s) > sys.getrefcount(s + ""))
def f():
    return (3, 4)
print("same constant each call", f() is f())
