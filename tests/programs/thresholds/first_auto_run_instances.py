# covers: position of the first automatic collection when the kept objects are instances built by an __init__ (threshold0 = 50)
import gc
gc.collect()
gc.freeze()
gc.collect()
class Obj:
    def __init__(self, n):
        self.n = n
starts = []
keep = []
def cb(phase, info):
    if phase == "start":
        starts.append((len(keep), info["generation"]))
gc.set_threshold(50, 10, 10)
gc.callbacks.append(cb)
for i in range(120):
    keep.append(Obj(i))
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(starts)
