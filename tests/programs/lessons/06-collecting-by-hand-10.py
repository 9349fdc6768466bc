# covers: lesson "Collecting by hand", snippet quizDisabled (content/lessons/06-collecting-by-hand.mdx)
import gc

gc.collect()
gc.disable()
for i in range(3):
    node = []
    node.append(node)
del node
found = gc.collect()
gc.enable()
print(found)
