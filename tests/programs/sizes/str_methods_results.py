# covers: sizes of strings produced by methods: upper, join, slicing, repeat, and ascii vs non-ascii results
import sys
s = "memory"
print(sys.getsizeof(s), sys.getsizeof(s.upper()), sys.getsizeof(s[:3]), sys.getsizeof(s * 3))
print(sys.getsizeof("-".join(["a", "b", "c"])), sys.getsizeof(s + "é"), sys.getsizeof(s + "€"))
print(sys.getsizeof(str(12345)), sys.getsizeof(repr(1.5)), sys.getsizeof(f"{s}!"))
