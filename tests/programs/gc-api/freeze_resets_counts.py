# covers: gc.freeze zeroes the generation counts
import gc
gc.collect()
keep = [[] for i in range(30)]
print("young count moved:", gc.get_count()[0] >= 30)
gc.freeze()
print("after freeze:", gc.get_count())
gc.unfreeze()
