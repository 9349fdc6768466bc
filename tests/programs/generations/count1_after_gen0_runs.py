# covers: each collect(0) adds 1 to the generation-1 count; collect(1) resets it and adds 1 to generation 2
import gc
gc.collect()
for i in range(5):
    gc.collect(0)
print(gc.get_count())
gc.collect(1)
print(gc.get_count())
