# covers: __del__ runs exactly when the last reference goes away (refcounting), not at gc.collect()
import gc
gc.collect()
class F:
    def __del__(self):
        print("__del__ runs")
f = F()
g = f
print("drop one ref")
del f
print("drop last ref")
del g
print("collect:", gc.collect())
