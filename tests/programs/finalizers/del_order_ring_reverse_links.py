# covers: __del__ order in gc does not depend on link direction: ring linked backwards
import gc
gc.collect()
class F:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
nodes = [F(i) for i in range(4)]
for i in range(4):
    nodes[i].prev = nodes[i - 1]
del nodes
print("collect", gc.collect())
