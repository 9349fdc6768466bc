# covers: a literal list of n items is exact-size; the same list grown by append is over-allocated
import sys
lit = [1, 2, 3, 4, 5, 6, 7]
grown = []
for i in range(7):
    grown.append(i + 1)
print(lit == grown, sys.getsizeof(lit), sys.getsizeof(grown))
copy = grown[:]
print("slice copy is exact", sys.getsizeof(copy))
