# covers: 3,000 two-object cycles created and dropped in a loop are freed by automatic collections; the callbacks' "collected" figures add up
import gc
gc.collect()
gc.freeze()
gc.collect()
runs = [0, 0, 0]
freed = [0]
def cb(phase, info):
    if phase == "stop":
        runs[info["generation"]] += 1
        freed[0] += info["collected"]
class Node:
    pass
gc.callbacks.append(cb)
for i in range(3000):
    a = Node()
    b = Node()
    a.peer = b
    b.peer = a
del a, b
gc.callbacks.remove(cb)
print("automatic runs", runs)
left = gc.collect()
print("freed automatically + by the final collect", freed[0] + left)
gc.unfreeze()
