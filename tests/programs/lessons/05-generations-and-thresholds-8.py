# covers: lesson "Generations and thresholds", snippet challengeOneRunStart (content/lessons/05-generations-and-thresholds.mdx)
import gc

class Node:
    pass

gc.collect()
gc.set_threshold(50)
keep = []
for i in range(20):
    keep.append(Node())
gc.set_threshold(2000)
print(len(keep))
