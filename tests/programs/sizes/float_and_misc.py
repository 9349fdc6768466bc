# covers: getsizeof of float, bool, None, and of ints vs floats of equal value
import sys
print("float", sys.getsizeof(1.5), sys.getsizeof(0.0), sys.getsizeof(1e300))
print("int 1 vs float 1.0", sys.getsizeof(1), sys.getsizeof(1.0))
print("bools", sys.getsizeof(True), sys.getsizeof(False))
print("None", sys.getsizeof(None))
