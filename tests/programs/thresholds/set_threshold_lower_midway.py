# covers: lowering threshold0 below the current young count: the next allocation triggers a collection
import gc
gc.collect()
gc.freeze()
gc.collect()
starts = []
keep = []
def cb(phase, info):
    if phase == "start":
        starts.append(len(keep))
gc.set_threshold(1000, 10, 10)
gc.callbacks.append(cb)
for i in range(300):
    keep.append([])
print("before lowering:", starts)
gc.set_threshold(50, 10, 10)
for i in range(20):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print("after lowering:", starts)
