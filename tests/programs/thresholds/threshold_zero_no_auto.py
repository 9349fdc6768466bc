# covers: set_threshold(0) disables automatic collection while gc.isenabled() stays True
import gc
gc.collect()
gc.freeze()
gc.collect()
runs = []
def cb(phase, info):
    runs.append(phase)
gc.set_threshold(0)
gc.callbacks.append(cb)
keep = [[] for i in range(5000)]
gc.callbacks.remove(cb)
print(gc.isenabled(), len(runs))
gc.set_threshold(700, 10, 10)
