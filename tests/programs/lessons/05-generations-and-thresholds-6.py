# covers: lesson "Generations and thresholds", snippet quizThreshold312 (content/lessons/05-generations-and-thresholds.mdx)
import gc

print(gc.get_threshold()[0])
