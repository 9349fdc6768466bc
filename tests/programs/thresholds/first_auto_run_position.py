# covers: with threshold0 = 50, how many kept lists exist when the first automatic collection starts (3.12+ defer to the eval breaker)
import gc
gc.collect()
gc.freeze()
gc.collect()
starts = []
keep = []
def cb(phase, info):
    if phase == "start":
        starts.append((len(keep), info["generation"]))
gc.set_threshold(50, 10, 10)
gc.callbacks.append(cb)
for i in range(60):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(starts)
