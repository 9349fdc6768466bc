# covers: two dicts referencing each other form a cycle of 2 objects
import gc
gc.collect()
a = {}
b = {"a": a}
a["b"] = b
del a, b
print("collected", gc.collect())
