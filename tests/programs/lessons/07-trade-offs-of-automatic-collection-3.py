# covers: lesson "Trade-offs of automatic collection", snippet tuningThresholds (content/lessons/07-trade-offs-of-automatic-collection.mdx)
import gc

class Node:
    pass

def count_collections(threshold):
    runs = []

    def watch(phase, info):
        if phase == "start":
            runs.append(info["generation"])

    old = gc.get_threshold()
    gc.collect()
    gc.callbacks.append(watch)
    gc.set_threshold(threshold)
    keep = [Node() for i in range(1000)]
    gc.set_threshold(*old)
    gc.callbacks.remove(watch)
    return len(runs)

for threshold in [50, 200, 1000]:
    print("threshold", threshold, "->", count_collections(threshold), "collections")
