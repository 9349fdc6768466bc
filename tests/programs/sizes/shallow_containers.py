# covers: getsizeof is shallow: a list of big strings is as big as a list of small ints
import sys
a = [1, 2, 3]
b = ["x" * 1000, "y" * 1000, "z" * 1000]
print(sys.getsizeof(a) == sys.getsizeof(b))
c = [a, b, [a, b]]
print(sys.getsizeof(c) == sys.getsizeof([0, 0, 0]))
t = (b,)
print(sys.getsizeof(t) == sys.getsizeof((0,)))
