# covers: dict key iterators and str iterators hold their container; range iterators do not hold the range
import sys
d = {1: 2}
s = "runtime" + str(7)
r = range(5)
print("before", sys.getrefcount(d), sys.getrefcount(s), sys.getrefcount(r))
i1 = iter(d)
i2 = iter(s)
i3 = iter(r)
print("with iterators", sys.getrefcount(d), sys.getrefcount(s), sys.getrefcount(r))
del i1, i2, i3
print("after", sys.getrefcount(d), sys.getrefcount(s), sys.getrefcount(r))
