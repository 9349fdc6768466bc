# covers: reference count changes for None, True and small ints (immortal from 3.12: deltas 0)
import sys
b0 = sys.getrefcount(None)
t0 = sys.getrefcount(True)
s0 = sys.getrefcount(7)
keep = [None] * 100 + [True] * 50 + [7] * 25
print("None", sys.getrefcount(None) - b0)
print("True", sys.getrefcount(True) - t0)
print("7", sys.getrefcount(7) - s0)
keep = None
print("after", sys.getrefcount(None) - b0, sys.getrefcount(True) - t0, sys.getrefcount(7) - s0)
