# covers: allocations inside a gc callback never start a nested collection
import gc
gc.collect()
gc.freeze()
gc.collect()
depth = [0]
maxdepth = [0]
junk = []
def cb(phase, info):
    if phase == "start":
        depth[0] += 1
        maxdepth[0] = max(maxdepth[0], depth[0])
        for i in range(50):
            junk.append([])
    else:
        depth[0] -= 1
gc.set_threshold(10, 10, 10)
gc.callbacks.append(cb)
keep = [[] for i in range(100)]
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print("max nesting:", maxdepth[0])
