# covers: lesson "Beyond the article: finalizers, weak references and sizes", snippet acrossVersions (content/lessons/08-beyond-the-article.mdx)
import gc
import sys

print("thresholds:", gc.get_threshold())

small = 7
before = sys.getrefcount(small)
sevens = [small] * 100
print("100 more references to 7 add:", sys.getrefcount(small) - before)

print("an empty dict is tracked:", gc.is_tracked({}))
pair = tuple([1, 2])
print("a new tuple of ints is tracked:", gc.is_tracked(pair))

class Pair:
    def __init__(self):
        self.me = self

gc.collect()
Pair()
print("a self-referencing instance counts as:", gc.collect())
