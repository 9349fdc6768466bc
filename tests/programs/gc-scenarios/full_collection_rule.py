# covers: the generation-2 "25 %" rule: full automatic collections wait until objects pending promotion exceed a quarter of the long-lived ones
import gc
saved_thresholds = gc.get_threshold()
gc.collect()
gc.freeze()
gc.collect()
gens = [0, 0, 0]
def cb(phase, info):
    if phase == "stop":
        gens[info["generation"]] += 1
old = [[] for i in range(4000)]
gc.collect()
gc.set_threshold(20, 2, 2)
gc.callbacks.append(cb)
young = []
for i in range(600):
    young.append([])
mid = list(gens)
for i in range(1200):
    young.append([])
gc.callbacks.remove(cb)
gc.set_threshold(*saved_thresholds)
print("after 600", mid)
print("after 1800", gens)
gc.unfreeze()
