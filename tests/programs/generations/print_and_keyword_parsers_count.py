# covers: print() and built-ins called with keywords allocate small tuples the first time (3.10/3.11 keyword-name tuples, 3.11+ print's argument tuple), visible in gc.get_count()
import gc
gc.collect()
gc.disable()
r = [0] * 10
r[0] = gc.get_count()[0]
r[1] = gc.get_count()[0]
print("b")
r[2] = gc.get_count()[0]
print("c")
r[3] = gc.get_count()[0]
print("d", end="\n")
r[4] = gc.get_count()[0]
print("e", "f")
r[5] = gc.get_count()[0]
x = sorted([3, 1], key=abs)
r[6] = gc.get_count()[0]
x.sort(key=abs)
r[7] = gc.get_count()[0]
e = enumerate(x, start=1)
r[8] = gc.get_count()[0]
print(r)
gc.enable()
