# covers: lesson "Generations and thresholds", snippet automaticRuns (content/lessons/05-generations-and-thresholds.mdx)
import gc

class Node:
    pass

runs = []

def watch(phase, info):
    if phase == "start":
        runs.append(info["generation"])

gc.collect()
gc.freeze()
gc.collect()
gc.callbacks.append(watch)
old = gc.get_threshold()
gc.set_threshold(10, 2, 2)
keep = []
for i in range(200):
    keep.append(Node())
gc.set_threshold(*old)
gc.callbacks.remove(watch)
print(runs)
print(len(runs), "collections for", len(keep), "new objects")
