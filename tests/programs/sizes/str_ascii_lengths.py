# covers: getsizeof of ASCII strings of lengths 0..10, 50, 100 (compact ASCII layout)
import sys
print([sys.getsizeof("a" * n) for n in range(11)])
print(sys.getsizeof("a" * 50), sys.getsizeof("a" * 100))
print("empty", sys.getsizeof(""))
