# covers: tuple(list) and tuple(genexpr) of atomics and of containers: initial tracking state per version
import gc
print(gc.is_tracked(tuple([1, 2])), gc.is_tracked(tuple([[1], 2])))
print(gc.is_tracked(tuple(i for i in range(3))))
n = 3
print(gc.is_tracked((n,)), gc.is_tracked((n, "a")), gc.is_tracked((n, None)))
print(gc.is_tracked(("a", "b") + (n,)))
print(gc.is_tracked((n, ())))
