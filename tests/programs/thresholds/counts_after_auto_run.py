# covers: gc.get_count() observed right after each automatic collection (stop callback)
import gc
gc.collect()
gc.freeze()
gc.collect()
seen = []
def cb(phase, info):
    if phase == "stop":
        seen.append((info["generation"], gc.get_count()))
gc.set_threshold(30, 3, 3)
gc.callbacks.append(cb)
keep = []
for i in range(200):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
for s in seen[:10]:
    print(s)
print(len(seen))
