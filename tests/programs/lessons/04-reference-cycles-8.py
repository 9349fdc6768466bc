# covers: lesson "Reference cycles", snippet challengeBreakStart (content/lessons/04-reference-cycles.mdx)
import gc

class Node:
    def __init__(self):
        self.other = None

gc.collect()
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print(gc.collect())
