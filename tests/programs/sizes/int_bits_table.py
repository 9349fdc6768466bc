# covers: getsizeof(2**k) for k = 0..160 step 10: size grows by one digit every 30 bits
import sys
row = []
for k in range(0, 161, 10):
    row.append(sys.getsizeof(2 ** k))
print(row)
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(None))
