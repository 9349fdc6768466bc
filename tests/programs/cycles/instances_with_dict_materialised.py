# covers: a cycle of instances whose __dict__ was materialised counts the dicts on every version
import gc
gc.collect()
class Node:
    pass
a = Node()
b = Node()
a.other = b
b.other = a
a.__dict__
b.__dict__
del a, b
print("collected", gc.collect())
