# covers: lesson "Reference counting", snippet immortalSmallInts (content/lessons/03-reference-counting.mdx)
import sys

small = 7
big = int("1000000")
small_before = sys.getrefcount(small)
big_before = sys.getrefcount(big)
many = [small] * 100 + [big] * 100
print(sys.getrefcount(small) - small_before)
print(sys.getrefcount(big) - big_before)
