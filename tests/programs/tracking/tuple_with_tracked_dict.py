# covers: a tuple containing an empty dict: dict tracking decides whether the tuple can be untracked
import gc
d = {}
t = (d, 1)
gc.collect()
print("dict", gc.is_tracked(d), "tuple", gc.is_tracked(t))
d["x"] = []
print("dict after list", gc.is_tracked(d), "tuple", gc.is_tracked(t))
