# covers: sys.getsizeof of ints: 0, small, around digit boundaries (2**30 steps), negatives, huge
import sys
for v in [0, 1, -1, 255, 2 ** 30 - 1, 2 ** 30, 2 ** 60 - 1, 2 ** 60, 2 ** 90, 2 ** 120, -(2 ** 30), -(2 ** 60), 10 ** 100]:
    print(v if abs(v) < 10 ** 20 else "big", sys.getsizeof(v))
