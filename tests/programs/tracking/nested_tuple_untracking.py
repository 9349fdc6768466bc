# covers: nested tuples of atomics: the outer tuple is untracked only once the inner one is
import gc
n = 1
inner = (n, n + 1)
outer = (inner, n)
print(gc.is_tracked(inner), gc.is_tracked(outer))
gc.collect()
print("after 1 collect", gc.is_tracked(inner), gc.is_tracked(outer))
gc.collect()
print("after 2 collects", gc.is_tracked(inner), gc.is_tracked(outer))
