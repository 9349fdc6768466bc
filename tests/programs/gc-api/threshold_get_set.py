# covers: gc.get_threshold defaults per version and set_threshold with 1, 2 and 3 arguments
import gc
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 3)
print(gc.get_threshold())
gc.set_threshold(1, 2, 3)
print(gc.get_threshold())
