# covers: which containers count toward generation 0 (dicts, tuples of lists, instances) in a loop of 4,000 allocations kept alive
import gc
gc.collect()
gc.freeze()
gc.collect()
starts = [0]
def cb(phase, info):
    if phase == "start":
        starts[0] += 1
class P:
    pass
gc.callbacks.append(cb)
keep = []
for i in range(1000):
    keep.append({"i": i})
after_dicts = starts[0]
for i in range(1000):
    keep.append(([],))
after_tuples = starts[0]
for i in range(1000):
    keep.append(P())
after_instances = starts[0]
for i in range(1000):
    keep.append(str(i) * 3)
after_strings = starts[0]
gc.callbacks.remove(cb)
print("dicts", after_dicts, "tuples", after_tuples - after_dicts, "instances", after_instances - after_tuples, "strings", after_strings - after_instances)
gc.unfreeze()
