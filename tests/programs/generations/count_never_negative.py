# covers: the young count does not go below 0 when more objects are freed than were allocated since the last collection
import gc
class C:
    pass
keep = [C() for i in range(200)]
gc.collect()
print("after collect", gc.get_count()[0])
del keep
print("after freeing 200 old objects", gc.get_count()[0])
