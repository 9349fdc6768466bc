# covers: generation-0 count deltas for allocations served by free lists (lists, dicts, tuples by size, floats) versus fresh ones
import gc
gc.collect()
gc.get_count()
def delta(make):
    before = gc.get_count()[0]
    x = make()
    middle = gc.get_count()[0]
    del x
    after = gc.get_count()[0]
    return middle - before, after - middle
print("list", delta(lambda: [1, 2]))
print("list again", delta(lambda: [1, 2]))
print("dict", delta(lambda: {1: 2}))
print("dict again", delta(lambda: {1: 2}))
n = 3
print("tuple1", delta(lambda: (n,)))
print("tuple3", delta(lambda: (n, n, n)))
print("tuple3 again", delta(lambda: (n, n, n)))
print("float", delta(lambda: n * 0.5))
print("set", delta(lambda: {n}))
