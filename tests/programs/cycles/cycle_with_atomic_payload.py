# covers: ints, strs and floats inside a cycle are freed but not counted (they are not GC objects)
import gc
gc.collect()
c = [1, "two", 3.0, 10 ** 30, "x" * 100]
c.append(c)
del c
print("collected", gc.collect())
