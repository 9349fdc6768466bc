# covers: lesson "Reference cycles", snippet chainIntoCycle (content/lessons/04-reference-cycles.mdx)
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __del__(self):
        print("freed", self.name)

gc.collect()
head = Node("head")
head.next = Node("middle")
head.next.next = Node("tail")
head.next.next.next = head.next
print("dropping head")
del head
print("collecting")
print(gc.collect())
