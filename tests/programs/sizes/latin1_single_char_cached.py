# covers: getsizeof of cached one-character strings versus fresh longer strings of the same kind
import sys
for ch in ["a", "z", "é", "ÿ"]:
    one = ch
    fresh2 = ch + ch
    print(repr(ch), sys.getsizeof(one), sys.getsizeof(fresh2), sys.getsizeof(fresh2[0]))
