# covers: objects freed by refcounting before the collection are never counted
import gc
gc.collect()
a = [[] for i in range(100)]
del a
print(gc.collect())
