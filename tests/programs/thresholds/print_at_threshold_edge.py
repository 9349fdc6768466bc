# covers: a collection scheduled by print's bound write method runs while that method is alive (3.12+), so a count exactly at the threshold before the print still collects; thresholds just below, at and above the count
import gc
class Node:
    pass
results = []
for d in range(-2, 4):
    gc.collect()
    keep = [Node() for _ in range(20)]
    n = gc.get_count()[0]
    gc.set_threshold(n + d, 10, 10)
    print("d", d)
    results.append((d, gc.get_count()))
    gc.set_threshold(100000, 10, 10)
print(results)
