# covers: the same allocation pattern with an empty old generation runs full collections freely
import gc
gc.collect()
gc.freeze()
gc.collect()
gens = [0, 0, 0]
def cb(phase, info):
    if phase == "stop":
        gens[info["generation"]] += 1
gc.set_threshold(10, 1, 1)
gc.callbacks.append(cb)
keep = []
for i in range(500):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(gens)
