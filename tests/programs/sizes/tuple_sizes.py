# covers: getsizeof of tuples of lengths 0..10 and from tuple(range(n))
import sys
print([sys.getsizeof(tuple(range(n))) for n in range(11)])
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2)))
