# covers: importing weakref runs CPython code that allocates (weakref.py): the collections it triggers, the counts and statistics after it, and the long-lived objects it leaves, which decide when full collections stop being deferred
import gc
# A collection first: generation 0's count at a program's start also holds what compiling
# the script left, which PyHeap does not model.
gc.collect()
import weakref
print(gc.get_count()[1:])
print([(s['collections'], s['collected']) for s in gc.get_stats()])
print(gc.collect())
class Node:
    def __init__(self, v):
        self.v = v
gc.set_threshold(50, 2, 3)
kept = [Node(i) for i in range(1224)]
print(gc.get_count())
