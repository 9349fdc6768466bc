# covers: lesson "Generations and thresholds", snippet promotion (content/lessons/05-generations-and-thresholds.mdx)
import gc

class Node:
    pass

def generation_of(obj):
    for gen in range(3):
        for other in gc.get_objects(gen):
            if other is obj:
                return gen
    return None

gc.collect()
node = Node()
print("new object:", generation_of(node))
gc.collect(0)
print("after collecting generation 0:", generation_of(node))
gc.collect(1)
print("after collecting generation 1:", generation_of(node))
gc.collect()
print("after a full collection:", generation_of(node))
