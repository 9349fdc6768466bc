# covers: tuples of atomics are tracked at creation (3.10-3.13; 3.14 runtime tuples start untracked) and untracked by a collection
import gc
n = 5
t = (n, "x", 2.0)
print("runtime tuple of atomics", gc.is_tracked(t))
gc.collect(0)
print("after gen0 collect", gc.is_tracked(t))
u = (n, [])
gc.collect()
print("tuple with list after collect", gc.is_tracked(u))
