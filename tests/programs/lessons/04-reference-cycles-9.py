# covers: lesson "Reference cycles", snippet challengeBreakSolved (content/lessons/04-reference-cycles.mdx)
import gc

class Node:
    def __init__(self):
        self.other = None

gc.collect()
a = Node()
b = Node()
a.other = b
b.other = a
b.other = None
del a, b
print(gc.collect())
