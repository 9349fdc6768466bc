# covers: collecting only the young generation periodically leaves older cycles for a final full collect
import gc
gc.collect()
gc.disable()
totals = []
survivor = []
for round_ in range(3):
    x = []
    x.append(x)
    survivor.append(x)
    totals.append(gc.collect(0))
    survivor.clear()
gc.enable()
print("young collects:", totals, "final:", gc.collect())
