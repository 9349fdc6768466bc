# covers: lesson "Trade-offs of automatic collection", snippet examinedCost (content/lessons/07-trade-offs-of-automatic-collection.mdx)
import gc

class Record:
    pass

gc.collect()
archive = [Record() for i in range(2000)]
gc.collect()
fresh = [Record(), Record()]
young = len(gc.get_objects(0))
print("objects in generation 0:", young)
print("young collection found", gc.collect(0))
print("full collection found", gc.collect())
