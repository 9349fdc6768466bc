# covers: print() looks up sys.stdout.write for every piece it writes, a bound method object made and dropped: with the count past a lowered threshold, that allocation starts the collection (inside it on 3.10/3.11; from 3.12 at the write, which runs a scheduled collection, or at the call's eval-breaker check)
import gc
gc.collect()
class Node:
    def __init__(self, v):
        self.v = v
keep = [Node(i) for i in range(445)]
print('start')
gc.set_threshold(10, 9, 4)
print('#2')
c3 = gc.get_count()
print('after one print', c3)
gc.set_threshold(1000, 10, 10)
more = [Node(i) for i in range(30)]
before = gc.get_count()
gc.set_threshold(5, 10, 10)
t = (more,)
after_tuple = gc.get_count()
print('a tuple alone waits for a check', before, after_tuple)
print('then', gc.get_count())
