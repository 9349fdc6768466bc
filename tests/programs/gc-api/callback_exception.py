# covers: an exception raised in a gc callback is reported as unraisable; the collection still returns
import gc
gc.collect()
def bad(phase, info):
    raise RuntimeError("in callback")
gc.callbacks.append(bad)
x = []
x.append(x)
del x
print("collect", gc.collect())
gc.callbacks.remove(bad)
print("done")
