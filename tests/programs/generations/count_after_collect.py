# covers: gc.get_count() right after gc.collect(), after collect(0) and after collect(1): how older counts move
import gc
gc.collect()
print("after collect()", gc.get_count())
gc.collect(0)
print("after collect(0)", gc.get_count())
gc.collect(0)
print("after 2x collect(0)", gc.get_count())
gc.collect(1)
print("after collect(1)", gc.get_count())
gc.collect(2)
print("after collect(2)", gc.get_count())
