# covers: generation 1 is collected when its count exceeds threshold1: the 12th trigger with (20, 10, 10)
import gc
gc.collect()
gc.freeze()
gc.collect()
gens = []
def cb(phase, info):
    if phase == "start":
        gens.append(info["generation"])
gc.set_threshold(20, 10, 10)
gc.callbacks.append(cb)
keep = []
for i in range(500):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(gens)
