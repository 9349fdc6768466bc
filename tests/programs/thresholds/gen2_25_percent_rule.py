# covers: full automatic collections are skipped while long_lived_pending < long_lived_total / 4
import gc
gc.collect()
gc.freeze()
gc.collect()
gens = [0, 0, 0]
def cb(phase, info):
    if phase == "stop":
        gens[info["generation"]] += 1
old = [[] for i in range(3000)]
gc.collect()
gc.set_threshold(10, 1, 1)
gc.callbacks.append(cb)
keep = []
for i in range(500):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(gens)
