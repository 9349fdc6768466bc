# covers: a frozen cycle is never collected until unfreeze
import gc
gc.collect()
x = []
x.append(x)
gc.freeze()
del x
print("collect while frozen:", gc.collect())
gc.unfreeze()
print("collect after unfreeze:", gc.collect())
