# covers: lesson "Reference cycles", snippet quizFirstFreed (content/lessons/04-reference-cycles.mdx)
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __del__(self):
        print("freed", self.name)

gc.collect()
a = Node("a")
b = Node("b")
c = Node("c")
a.next = b
b.next = c
c.next = b
del a, b, c
print("collecting")
gc.collect()
print("done")
