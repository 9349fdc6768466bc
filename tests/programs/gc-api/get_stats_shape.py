# covers: gc.get_stats(): 3 dicts with collections/collected/uncollectable keys
import gc
s = gc.get_stats()
print(len(s), [sorted(d) for d in s])
