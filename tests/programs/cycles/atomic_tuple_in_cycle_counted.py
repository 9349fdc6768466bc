# covers: a runtime tuple of ints inside fresh garbage: still tracked (and counted) on 3.10-3.13, untracked from birth on 3.14
import gc
gc.collect()
n = 3
x = [(n, n), (n, "s")]
x.append(x)
del x
print("fresh:", gc.collect())
y = [(n, n)]
gc.collect()
y.append(y)
del y
print("after the tuple survived a collection:", gc.collect())
