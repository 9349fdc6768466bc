# covers: sizes of lists made by repetition and concatenation (exact, no over-allocation)
import sys
for n in [1, 2, 3, 10, 50]:
    print(n, sys.getsizeof([None] * n), sys.getsizeof([0] + [0] * (n - 1)))
a = [1, 2]
b = a + a
print(sys.getsizeof(b), sys.getsizeof(a * 3))
