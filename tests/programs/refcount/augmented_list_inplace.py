# covers: += on a list is in place (refcounts of old list unchanged); + creates a new list
import sys
a = [1]
b = a
print(sys.getrefcount(a))
a += [2]
print("after +=", sys.getrefcount(a), a is b)
a = a + [3]
print("after +", sys.getrefcount(a), sys.getrefcount(b), a is b)
