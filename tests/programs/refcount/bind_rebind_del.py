# covers: getrefcount of a fresh object as names are bound, rebound and deleted at module level
import sys
a = []
print("one name", sys.getrefcount(a))
b = a
print("two names", sys.getrefcount(a))
c = b
print("three names", sys.getrefcount(a))
b = None
print("rebind b", sys.getrefcount(a))
del c
print("del c", sys.getrefcount(a))
print("temporary", sys.getrefcount([]))
print("temporary tuple", sys.getrefcount((a,)))
