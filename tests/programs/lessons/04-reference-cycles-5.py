# covers: lesson "Reference cycles", snippet quizWhichFreed (content/lessons/04-reference-cycles.mdx)
import gc

gc.collect()
ring = []
ring.append(ring)
pair = [[], []]
pair[0].append(pair[1])
pair[1].append(pair[0])
first = pair[0]
del pair
loop = []
loop.append(loop)
del loop
print(gc.collect())
