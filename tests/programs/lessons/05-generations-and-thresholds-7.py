# covers: lesson "Generations and thresholds", snippet quizTwoYoung (content/lessons/05-generations-and-thresholds.mdx)
import gc

def generation_of(obj):
    for gen in range(3):
        for other in gc.get_objects(gen):
            if other is obj:
                return gen
    return None

gc.collect()
box = []
gc.collect(0)
gc.collect(0)
print(generation_of(box))
