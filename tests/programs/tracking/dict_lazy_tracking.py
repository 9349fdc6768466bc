# covers: dicts start untracked and become tracked when a container is inserted (3.14: always tracked)
import gc
d = {}
print("empty", gc.is_tracked(d))
d[1] = 2
d["a"] = "b"
print("atomic items", gc.is_tracked(d))
d["l"] = []
print("list value", gc.is_tracked(d))
e = {"t": (1, 2)}
print("tuple value", gc.is_tracked(e))
f = {(1, 2): 0}
print("tuple key", gc.is_tracked(f))
print("dict()", gc.is_tracked(dict()), "dict(a=[])", gc.is_tracked(dict(a=[])))
