# covers: list sizes after pop (shrinking), clear, slicing and extend
import sys
L = list(range(20))
print("list(range(20))", sys.getsizeof(L))
for i in range(18):
    L.pop()
print("after 18 pops", len(L), sys.getsizeof(L))
M = list(range(20))
print("slice [:5]", sys.getsizeof(M[:5]), "slice [::2]", sys.getsizeof(M[::2]))
M.clear()
print("cleared", sys.getsizeof(M))
E = []
E.extend(range(10))
print("extend 10", sys.getsizeof(E))
E.extend([1])
print("extend +1", sys.getsizeof(E))
F = [1, 2, 3]
F *= 4
print("*= 4", sys.getsizeof(F))
