# covers: a large tree with a back-pointer cycle at the root is reclaimed by one full collection
import gc
gc.collect()
def build(depth):
    if depth == 0:
        return []
    return [build(depth - 1), build(depth - 1)]
root = build(6)
root.append(root)
del root
print(gc.collect())
