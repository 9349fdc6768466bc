# covers: sequence of automatic collection generations with thresholds (10, 2, 2) while keeping 300 lists
import gc
gc.collect()
gc.freeze()
gc.collect()
gens = []
def cb(phase, info):
    if phase == "stop":
        gens.append(info["generation"])
gc.set_threshold(10, 2, 2)
keep = []
gc.callbacks.append(cb)
for i in range(300):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(len(gens), gens[:40])
print("per generation", [gens.count(g) for g in range(3)])
