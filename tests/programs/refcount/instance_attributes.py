# covers: instance attributes hold references; setting the same object on several attributes; deleting attributes
import sys
class Box:
    pass
payload = []
b = Box()
b.a = payload
print("one attr", sys.getrefcount(payload))
b.b = payload
b.c = payload
print("three attrs", sys.getrefcount(payload))
del b.b
print("del b.b", sys.getrefcount(payload))
b.a = 0
print("b.a rebound", sys.getrefcount(payload))
del b
print("instance gone", sys.getrefcount(payload))
