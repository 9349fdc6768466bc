# covers: a cycle still referenced from a global is not collected; dropping the global makes it garbage
import gc
gc.collect()
a = []
b = [a]
a.append(b)
holder = [a]
del a, b
print("while referenced", gc.collect())
holder.clear()
print("after release", gc.collect())
