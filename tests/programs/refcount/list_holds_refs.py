# covers: each list slot is one reference; [x]*n, slicing copy, list(), clear and del of slots
import sys
x = []
L = [x, x, x]
print("3 slots", sys.getrefcount(x))
M = [x] * 5
print("+5 slots", sys.getrefcount(x))
S = L[1:]
print("+2 slice copy", sys.getrefcount(x))
C = list(L)
print("+3 list()", sys.getrefcount(x))
M.clear()
print("after clear", sys.getrefcount(x))
del L[0]
print("after del L[0]", sys.getrefcount(x))
L.pop()
print("after pop (result dropped)", sys.getrefcount(x))
del S, C, L
print("after del lists", sys.getrefcount(x))
