# covers: gc.callbacks info dict keys and values for a manual full collection of a known cycle
import gc
gc.collect()
seen = []
def cb(phase, info):
    seen.append((phase, sorted(info), info["generation"], info["collected"], info["uncollectable"]))
x = []
x.append(x)
del x
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
for s in seen:
    print(s)
