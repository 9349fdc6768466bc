# covers: lesson "Stack frames and heap objects", snippet tenZeros (content/lessons/02-stack-frames-and-heap-objects.mdx)
import sys

a = [0] * 10
print(len(a), sys.getsizeof(a))
print(a[0] is a[9])
a[3] = 7
print(a)
print(sys.getsizeof(a))
