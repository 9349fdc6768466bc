# covers: dicts recycled from the free list after instance __dict__s (shared-key tables) died are ordinary dicts again: their sizes are a new dict's
import sys
class Node:
    def __init__(self, v):
        self.v = v
        self.ref = None
nodes = [Node(i) for i in range(100)]
for n in nodes:
    n.__dict__
del nodes, n
d = {'k3': 754, 'x': [754]}
print(sys.getsizeof(d), sys.getsizeof({}), sys.getsizeof({'a': 1}), sys.getsizeof(dict(a=1, b=2)))
