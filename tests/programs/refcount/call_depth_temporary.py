# covers: refcount seen inside functions when the argument is a temporary with no other owner
import sys
def one(o):
    return sys.getrefcount(o)
def two(o):
    return one(o)
def three(o):
    return two(o)
print("one", one([]))
print("two", two([]))
print("three", three([]))
