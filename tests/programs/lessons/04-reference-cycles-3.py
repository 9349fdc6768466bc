# covers: lesson "Reference cycles", snippet twoCycles (content/lessons/04-reference-cycles.mdx)
import gc

gc.collect()
a = []
b = [a]
a.append(b)
keep = []
inner = [keep]
keep.append(inner)
del a, b, inner
print(gc.collect(0))
print(len(keep), len(keep[0]))
