# covers: lesson "Collecting by hand", snippet quizTwoCycles (content/lessons/06-collecting-by-hand.mdx)
import gc

gc.collect()
a = []
a.append(a)
b = {}
b["self"] = b
del a, b
print(gc.collect())
