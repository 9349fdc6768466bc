# covers: get_stats deltas after manual collections of each generation with known garbage
import gc
gc.collect()
def snap():
    return [(d["collections"], d["collected"], d["uncollectable"]) for d in gc.get_stats()]
def delta(a, b):
    return [tuple(y - x for x, y in zip(p, q)) for p, q in zip(a, b)]
s0 = snap()
L = []
L.append(L)
del L
gc.collect(0)
s1 = snap()
print("collect(0):", delta(s0, s1))
M = []
M.append(M)
del M
gc.collect(1)
s2 = snap()
print("collect(1):", delta(s1, s2))
gc.collect(2)
print("collect(2):", delta(s2, snap()))
