# covers: the number of the program's own tracked objects in gc.get_objects(0) after creating them
import gc
gc.collect()
made = [[] for i in range(10)]
gen0 = gc.get_objects(0)
mine = set(id(m) for m in made)
print("mine in gen0:", sum(1 for o in gen0 if id(o) in mine))
gc.collect()
print("mine in gen0 after collect:", sum(1 for o in gc.get_objects(0) if id(o) in mine))
print("mine in gen2 after collect:", sum(1 for o in gc.get_objects(2) if id(o) in mine))
