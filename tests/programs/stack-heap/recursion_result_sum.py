# covers: deep but bounded recursion (500 levels) works and releases every frame
import sys
def total(n):
    if n == 0:
        return 0
    return n + total(n - 1)
print(total(500))
L = []
before = sys.getrefcount(L)
def deep(n, obj):
    if n:
        return deep(n - 1, obj)
    return 0
deep(100, L)
print("refs released:", sys.getrefcount(L) - before)
