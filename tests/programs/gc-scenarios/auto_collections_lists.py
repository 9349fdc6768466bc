# covers: automatic collections while a loop keeps 5,000 lists alive, observed through gc.callbacks (per generation, and which loop iterations triggered them)
import gc
gc.collect()
gc.freeze()
gc.collect()
gens = [0, 0, 0]
at = []
i = -1
def cb(phase, info):
    if phase == "start":
        gens[info["generation"]] += 1
        at.append(i)
gc.callbacks.append(cb)
keep = []
for i in range(5000):
    keep.append([i])
gc.callbacks.remove(cb)
print("collections per generation", gens)
print("first triggers", at[:5])
print("kept", len(keep))
gc.unfreeze()
