# covers: lesson "Trade-offs of automatic collection", snippet challengeTuneSolved (content/lessons/07-trade-offs-of-automatic-collection.mdx)
import gc

class Node:
    pass

gc.collect()
old = gc.get_threshold()
gc.set_threshold(40)
keep = [Node() for i in range(100)]
gc.set_threshold(*old)
print(len(keep))
