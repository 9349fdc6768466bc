# covers: lists built by [x]*n, list(range(n)), comprehensions and literals for n = 0..12
import sys
for n in range(13):
    a = [0] * n
    b = list(range(n))
    c = [i for i in range(n)]
    print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c))
print("literal 3", sys.getsizeof([1, 2, 3]), "literal 5", sys.getsizeof([1, 2, 3, 4, 5]))
