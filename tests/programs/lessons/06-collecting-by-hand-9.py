# covers: lesson "Collecting by hand", snippet quizOldAndYoung (content/lessons/06-collecting-by-hand.mdx)
import gc

gc.collect()
old = []
old.append(old)
gc.collect(0)
young = []
young.append(young)
del old, young
gc.collect(0)
print("done")
