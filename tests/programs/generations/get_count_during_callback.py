# covers: get_count() seen from inside gc callbacks at start and stop of a manual collect(0)
import gc
gc.collect()
keep = [[] for i in range(20)]
seen = []
def cb(phase, info):
    seen.append((phase, gc.get_count()))
gc.callbacks.append(cb)
gc.collect(0)
gc.callbacks.remove(cb)
print(seen[0][0], seen[0][1][0] >= 20, seen[0][1][1:])
print(seen[1])
