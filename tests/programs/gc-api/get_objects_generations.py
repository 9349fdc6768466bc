# covers: gc.get_objects(generation) shows where fresh objects live and how collections move them (3.14: young/old)
import gc
gc.collect()
mark = []
def where():
    return [id(mark) in [id(o) for o in gc.get_objects(g)] for g in range(3)]
print("new", where())
gc.collect(0)
print("after collect(0)", where())
gc.collect(1)
print("after collect(1)", where())
gc.collect()
print("after collect()", where())
