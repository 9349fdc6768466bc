# covers: lesson "Reference cycles", snippet quizYoungCycle (content/lessons/04-reference-cycles.mdx)
import gc

gc.collect()
x = []
y = [x]
x.append(y)
z = [x]
del x, y
print(gc.collect(0))
del z
print(gc.collect(0))
