# covers: int constants outside the small-int cache are shared with the code's constants (folded expressions too)
import sys
x = 10 ** 30
y = 10 ** 30
print(x is y)
n = 3
z = 10 ** (n * 10)
print(x == z, x is z)
print("runtime int", sys.getrefcount(z))
w = z
print("runtime int aliased", sys.getrefcount(z))
