# covers: list sizes at each automatic collection while keeping 400 lists under threshold0 = 100
import gc
gc.collect()
gc.freeze()
gc.collect()
starts = []
keep = []
def cb(phase, info):
    if phase == "start":
        starts.append((len(keep), info["generation"]))
gc.set_threshold(100, 10, 10)
gc.callbacks.append(cb)
for i in range(400):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(starts)
