# covers: sys.getrecursionlimit() value and catching RecursionError from runaway recursion
import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
