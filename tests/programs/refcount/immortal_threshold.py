# covers: whether the counts of None and small ints look immortal (very large) per version, without printing start-up-dependent values
import sys
print("None huge", sys.getrefcount(None) > 10 ** 9)
print("5 huge", sys.getrefcount(5) > 10 ** 9)
print("257 huge", sys.getrefcount(257 + int("0")) > 10 ** 9)
print("empty tuple huge", sys.getrefcount(()) > 10 ** 9)
print("int type huge", sys.getrefcount(int) > 10 ** 9)
print("'a' huge", sys.getrefcount("a") > 10 ** 9)
