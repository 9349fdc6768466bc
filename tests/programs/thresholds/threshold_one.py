# covers: threshold0 = 1 triggers a collection on nearly every new container
import gc
gc.collect()
gc.freeze()
gc.collect()
runs = [0]
def cb(phase, info):
    if phase == "start":
        runs[0] += 1
keep = []
gc.set_threshold(1, 1000, 1000)
gc.callbacks.append(cb)
for i in range(20):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(runs[0])
