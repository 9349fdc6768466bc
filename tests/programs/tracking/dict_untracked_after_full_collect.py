# covers: a dict that became tracked stays tracked until a full collection finds only atomic values (3.10-3.13)
import gc
d = {"a": []}
print("with list", gc.is_tracked(d))
d["a"] = 1
print("list replaced by int", gc.is_tracked(d))
gc.collect(0)
print("after gen0 collect", gc.is_tracked(d))
gc.collect()
print("after full collect", gc.is_tracked(d))
