# covers: references an argument gains per call level (caller stack + callee locals), one, two and three levels deep
import sys
def one(o):
    return sys.getrefcount(o)
def two(o):
    return one(o)
def three(o):
    return two(o)
obj = []
print("module", sys.getrefcount(obj))
print("one", one(obj))
print("two", two(obj))
print("three", three(obj))
print("after", sys.getrefcount(obj))
