# covers: callbacks report the generation passed to gc.collect(g)
import gc
gens = []
def cb(phase, info):
    if phase == "start":
        gens.append(info["generation"])
gc.callbacks.append(cb)
gc.collect(0)
gc.collect(1)
gc.collect(2)
gc.collect()
gc.callbacks.remove(cb)
print(gens)
