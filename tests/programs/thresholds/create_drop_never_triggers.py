# covers: create-and-drop of 50000 instances never crosses threshold0, so no automatic run
import gc
gc.collect()
gc.freeze()
gc.collect()
class C:
    pass
runs = [0]
def cb(phase, info):
    if phase == "start":
        runs[0] += 1
gc.set_threshold(100, 10, 10)
gc.callbacks.append(cb)
for i in range(50000):
    c = C()
    d = [c]
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(runs[0])
