# covers: kept dicts and kept atomic tuples count toward threshold0 (3.14: atomic tuples are untracked and do not)
import gc
gc.collect()
gc.freeze()
gc.collect()
runs = {"dict": 0, "tuple": 0}
phase_name = ["dict"]
def cb(phase, info):
    if phase == "start":
        runs[phase_name[0]] += 1
gc.set_threshold(100, 100, 100)
gc.callbacks.append(cb)
keep = []
for i in range(1000):
    keep.append({})
phase_name[0] = "tuple"
for i in range(1000):
    keep.append((i, i))
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(runs)
