# covers: list growth via insert(0, x) matches append; growth after a big extend
import sys
a = []
b = []
sa = []
sb = []
for i in range(20):
    a.append(i)
    b.insert(0, i)
    sa.append(sys.getsizeof(a))
    sb.append(sys.getsizeof(b))
print(sa == sb, sa)
c = list(range(100))
c.append(1)
print(sys.getsizeof(c))
