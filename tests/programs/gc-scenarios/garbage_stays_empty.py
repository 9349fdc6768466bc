# covers: since PEP 442 cycles whose objects have __del__ are collected, and gc.garbage stays []
import gc
gc.collect()
class Node:
    def __del__(self):
        pass
for i in range(3):
    n = Node()
    n.me = n
del n
print("collected", gc.collect(), "garbage", gc.garbage)
a = Node()
b = Node()
a.peer = b
b.peer = a
del a, b
print("pair collected", gc.collect(), "garbage", gc.garbage, "same list", gc.garbage is gc.garbage)
