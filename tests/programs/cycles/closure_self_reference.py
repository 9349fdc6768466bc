# covers: a nested function that refers to itself through its closure cell forms a cycle (function + cell)
import gc
gc.collect()
def outer():
    def rec(n):
        return 0 if n == 0 else rec(n - 1)
    return rec(3)
print(outer())
print("collected", gc.collect())
