# covers: runtime-built strings are fresh objects with exact counts; joins, slices and concatenation
import sys
base = "heap"
s = base + str(1)
print("concat", sys.getrefcount(s))
t = s
print("aliased", sys.getrefcount(s))
u = "".join(["ab", "cd"])
print("join", sys.getrefcount(u))
v = u[1:3]
print("slice", sys.getrefcount(v))
w = u[:]
print("full slice is same object", w is u, sys.getrefcount(u))
