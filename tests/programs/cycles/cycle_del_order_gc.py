# covers: order of __del__ calls when the collector frees a ring of three finalizable instances
import gc
gc.collect()
class F:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = F("a")
b = F("b")
c = F("c")
a.nxt = b
b.nxt = c
c.nxt = a
del a, b, c
print("collect", gc.collect())
