# covers: automatic collections reclaim cycles built in a loop: total collected, and what is left for a manual collect
import gc
gc.collect()
gc.freeze()
gc.collect()
class Node:
    pass
got = []
def cb(phase, info):
    if phase == "stop":
        got.append(info["collected"])
gc.set_threshold(200, 10, 10)
gc.callbacks.append(cb)
for i in range(500):
    n = Node()
    n.self = n
del n
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print("runs", len(got), "collected", sum(got), "left", gc.collect())
