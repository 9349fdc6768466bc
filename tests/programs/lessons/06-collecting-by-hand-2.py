# covers: lesson "Collecting by hand", snippet defaultIsFull (content/lessons/06-collecting-by-hand.mdx)
import gc

class Node:
    def __init__(self):
        self.partner = None

def make_pair():
    a = Node()
    b = Node()
    a.partner = b
    b.partner = a
    return a

gc.collect()
pair = make_pair()
gc.collect(0)
gc.collect(1)
del pair
print("collect(0) found", gc.collect(0))
print("collect(1) found", gc.collect(1))
print("collect() found", gc.collect())
