# covers: lesson "Reference cycles", snippet selfCycle (content/lessons/04-reference-cycles.mdx)
import gc
import sys

gc.collect()
box = []
box.append(box)
print(sys.getrefcount(box) - 1)
print(gc.is_tracked(box), gc.is_tracked(42), gc.is_tracked("text"))
del box
print(gc.collect())
