# the collector: 300,000 small cycles created and dropped; automatic collections counted through gc.callbacks
import gc
collections = [0, 0, 0]
freed = [0]
def cb(phase, info):
    if phase == "stop":
        collections[info["generation"]] += 1
        freed[0] += info["collected"]
class Pair:
    pass
gc.collect()
gc.callbacks.append(cb)
for i in range(150000):
    a = Pair()
    b = Pair()
    a.other = b
    b.other = a
    c = []
    c.append(c)
del a, b, c
gc.callbacks.remove(cb)
print(sum(collections) > 0, freed[0] + gc.collect() >= 300000)
