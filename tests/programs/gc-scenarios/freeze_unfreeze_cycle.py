# covers: gc.freeze moves everything to the permanent generation: a frozen cycle survives gc.collect() until gc.unfreeze()
import gc
gc.collect()
class Node:
    def __del__(self):
        print("finalized", self.name)
a = Node()
a.name = "frozen"
a.me = a
gc.freeze()
print("frozen count grew", gc.get_freeze_count() > 0)
del a
print("collect while frozen", gc.collect())
b = Node()
b.name = "young"
b.me = b
del b
print("young cycle collected", gc.collect())
gc.unfreeze()
print("freeze count", gc.get_freeze_count())
print("collect after unfreeze finds it", gc.collect() > 0)
