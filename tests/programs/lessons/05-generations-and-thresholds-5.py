# covers: lesson "Generations and thresholds", snippet tenThousandLists (content/lessons/05-generations-and-thresholds.mdx)
import gc

gc.collect()
gc.freeze()
gc.collect()

runs = []

def watch(phase, info):
    if phase == "start":
        runs.append(info["generation"])

gc.callbacks.append(watch)
keep = [[i] for i in range(10000)]
gc.callbacks.remove(watch)
print("threshold:", gc.get_threshold()[0])
print("generation 0 collections:", runs.count(0))
print("generation 1 collections:", runs.count(1))
print("generation 2 collections:", runs.count(2))
