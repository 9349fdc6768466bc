# covers: two instances referencing each other: collect() count (3.10 also counts each instance __dict__)
import gc
gc.collect()
class Node:
    pass
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print("collected", gc.collect())
