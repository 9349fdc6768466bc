# covers: lesson "Memory and the private heap", snippet objectSizes (content/lessons/01-memory-and-the-private-heap.mdx)
import sys

print(sys.getsizeof(0))
print(sys.getsizeof(2 ** 100))
print(sys.getsizeof(""))
print(sys.getsizeof("memory"))
print(sys.getsizeof([]))
print(sys.getsizeof([0] * 10))
