# covers: a class object is part of cycles (its __dict__, mro); deleting a class needs the collector
import gc
gc.collect()
def make():
    class Temp:
        pass
    return 0
make()
n = gc.collect()
print("class collected (objects > 0):", n > 0)
print("again", gc.collect())
