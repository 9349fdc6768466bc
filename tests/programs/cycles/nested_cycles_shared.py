# covers: two cycles sharing a node; deleting the handles frees all in one collection
import gc
gc.collect()
class N:
    pass
hub = N()
a = N()
b = N()
hub.a = a
hub.b = b
a.hub = hub
b.hub = hub
del hub, a, b
print("collected", gc.collect())
