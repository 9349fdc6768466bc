# covers: lesson "Collecting by hand", snippet freezing (content/lessons/06-collecting-by-hand.mdx)
import gc

gc.collect()
table = []
for i in range(300):
    table.append([i])
young_before = len(gc.get_objects(0))
counts_before = gc.get_count()
gc.freeze()
young_after = len(gc.get_objects(0))
counts_after = gc.get_count()
print("generation 0 before freezing:", young_before, "objects")
print("generation 0 after freezing:", young_after, "objects")
print("counts before:", counts_before)
print("counts after:", counts_after)
gc.unfreeze()
