# covers: a closure's cells are made before the function's RESUME (MAKE_CELL is part of the prefix, 3.11+), so when that allocation crosses a lowered threshold the collection runs at RESUME and the cell survives it (3.12+)
import gc
def closure(x):
    def inner():
        return x
    return inner
gc.collect()
for extra in range(4):
    keep = [[] for _ in range(20)]
    n = gc.get_count()[0]
    gc.set_threshold(n + extra, 10, 10)
    f = closure([1])
    c = gc.get_count()
    gc.set_threshold(100000, 10, 10)
    print(extra, c)
    gc.collect()
