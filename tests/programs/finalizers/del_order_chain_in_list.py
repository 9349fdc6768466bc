# covers: order of finalizers when a list of finalizable objects in a cycle is collected
import gc
gc.collect()
class F:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
L = [F(0), F(1), F(2)]
L.append(L)
del L
print("collect", gc.collect())
