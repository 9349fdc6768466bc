# covers: order of __del__ calls when gc finalizes a ring of five objects created in sequence
import gc
gc.collect()
class F:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
nodes = [F(i) for i in range(5)]
for i in range(5):
    nodes[i].nxt = nodes[(i + 1) % 5]
del nodes
print("collect", gc.collect())
