# covers: gc.freeze moves tracked objects to the permanent generation; get_freeze_count; unfreeze empties it
import gc
gc.collect()
print("permanent generation non-empty at start-up:", gc.get_freeze_count() > 0)
gc.unfreeze()
print("after initial unfreeze:", gc.get_freeze_count())
gc.freeze()
n = gc.get_freeze_count()
print("frozen > 0:", n > 0)
keep = [[] for i in range(50)]
gc.freeze()
print("second freeze added:", gc.get_freeze_count() - n)
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())
