# covers: the first print() of a program, with the count already past a lowered threshold: its first allocation (the bound write method) schedules a collection that runs inside the write (3.12+) or inside the allocation (3.10/3.11), so the output buffer's list, made at the second piece, is counted after it
import gc, sys
gc.collect()
class Node:
    def __init__(self, v):
        self.v = v
keep = [Node(i) for i in range(12)]
gc.set_threshold(10, 9, 4)
print('rc')
c = gc.get_count()
print('after', c)
