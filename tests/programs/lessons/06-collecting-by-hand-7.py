# covers: lesson "Collecting by hand", snippet whenItHelps (content/lessons/06-collecting-by-hand.mdx)
import gc

class Node:
    def __init__(self):
        self.prev = None
        self.next = None

def build_ring(size):
    first = Node()
    last = first
    for i in range(size - 1):
        node = Node()
        node.prev = last
        last.next = node
        last = node
    last.next = first
    first.prev = last
    return first

gc.collect()
ring = build_ring(1000)
del ring
print("after dropping a ring:", gc.collect())
table = [[i] for i in range(1000)]
del table
print("after dropping a table:", gc.collect())
