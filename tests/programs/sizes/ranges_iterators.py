# covers: getsizeof of range objects and iterators of list/tuple/str/dict/range
import sys
print("range", sys.getsizeof(range(10)), sys.getsizeof(range(10 ** 6)))
print("list iter", sys.getsizeof(iter([1])), "tuple iter", sys.getsizeof(iter((1,))))
print("str iter", sys.getsizeof(iter("ab")), "dict iter", sys.getsizeof(iter({})))
print("range iter", sys.getsizeof(iter(range(3))))
print("enumerate", sys.getsizeof(enumerate([])), "zip", sys.getsizeof(zip([], [])))
print("reversed list", sys.getsizeof(reversed([])))
