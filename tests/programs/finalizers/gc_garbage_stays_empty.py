# covers: cycles with __del__ are collected (PEP 442) and gc.garbage stays empty
import gc
gc.collect()
class F:
    def __del__(self):
        pass
a = F()
b = F()
a.b = b
b.a = a
del a, b
n = gc.collect()
print("collected", n, "garbage", gc.garbage)
