# covers: while disabled nothing runs; after enable the next allocation over the threshold triggers a collection
import gc
gc.collect()
gc.freeze()
gc.collect()
runs = []
def cb(phase, info):
    if phase == "start":
        runs.append(info["generation"])
gc.set_threshold(100, 10, 10)
gc.callbacks.append(cb)
gc.disable()
keep = [[] for i in range(500)]
print("while disabled:", runs)
gc.enable()
for i in range(5):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print("after enable:", runs)
