# covers: with gc disabled, garbage accumulates until the program collects by hand
import gc
gc.collect()
gc.disable()
class Node:
    pass
totals = []
for batch in range(3):
    for i in range(100):
        a = Node()
        b = Node()
        a.b = b
        b.a = a
    del a, b
    totals.append(gc.collect())
gc.enable()
print(totals)
