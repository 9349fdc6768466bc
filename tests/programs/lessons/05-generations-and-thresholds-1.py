# covers: lesson "Generations and thresholds", snippet articleThresholds (content/lessons/05-generations-and-thresholds.mdx)
import gc

print("Garbage collection thresholds:", gc.get_threshold())
