# covers: a class object dies only after its cycles are collected; a weakref to it goes dead then
import gc
import weakref
gc.collect()
class Temp:
    pass
r = weakref.ref(Temp, lambda ref: print("class callback"))
del Temp
print("after del, alive:", r() is not None)
gc.collect()
print("after collect, alive:", r() is not None)
