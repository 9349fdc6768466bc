# covers: lesson "Reference cycles", snippet pairWithFinalizers (content/lessons/04-reference-cycles.mdx)
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("freed", self.name)

gc.collect()
gc.disable()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a
del b
print("both names are gone")
print("collected", gc.collect())
gc.enable()
