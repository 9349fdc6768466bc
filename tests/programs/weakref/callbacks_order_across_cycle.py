# covers: order of weakref callbacks for members of a ring collected by gc
import gc
import weakref
gc.collect()
class N:
    pass
nodes = [N() for i in range(4)]
for i in range(4):
    nodes[i].nxt = nodes[(i + 1) % 4]
refs = [weakref.ref(nodes[i], lambda r, i=i: print("callback", i)) for i in range(4)]
del nodes
print("collect", gc.collect())
