# covers: automatic collections per generation with default thresholds while keeping 5000 instances
import gc
gc.collect()
gc.freeze()
gc.collect()
class Obj:
    pass
gens = [0, 0, 0]
def cb(phase, info):
    if phase == "stop":
        gens[info["generation"]] += 1
gc.callbacks.append(cb)
keep = []
for i in range(5000):
    keep.append(Obj())
gc.callbacks.remove(cb)
print(gens)
