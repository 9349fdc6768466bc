# covers: gc.get_objects() includes CPython start-up objects and the tracked pending-output list print() builds
import gc
gc.collect()
print(len(gc.get_objects()) > 1000, len(gc.get_objects(0)), len(gc.get_objects(2)) > 1000)
x = [[] for i in range(10)]
print(len(gc.get_objects(0)))
