# covers: lesson "Generations and thresholds", snippet challengeOneRunSolved (content/lessons/05-generations-and-thresholds.mdx)
import gc

class Node:
    pass

gc.collect()
gc.set_threshold(50)
keep = []
for i in range(60):
    keep.append(Node())
gc.set_threshold(2000)
print(len(keep))
