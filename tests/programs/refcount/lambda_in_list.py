# covers: a lambda stored only in a list has refcount 1 plus the getrefcount argument; calling it adds none afterwards
import sys
fs = [lambda: 1]
print(sys.getrefcount(fs[0]))
fs[0]()
print(sys.getrefcount(fs[0]))
fs.append(fs[0])
print(sys.getrefcount(fs[0]))
