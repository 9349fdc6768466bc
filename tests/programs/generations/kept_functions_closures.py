# covers: young count delta for kept functions, closures (function + cell + closure tuple) and lambdas
import gc
gc.collect()
gc.get_count()  # warm-up: the 3-tuple it returns now sits in the tuple free list
def make_plain():
    def f():
        return 1
    return f
def make_closure():
    v = 1
    def f():
        return v
    return f
keep = []
c0 = gc.get_count()[0]
for i in range(20):
    keep.append(make_plain())
c1 = gc.get_count()[0]
for i in range(20):
    keep.append(make_closure())
c2 = gc.get_count()[0]
for i in range(20):
    keep.append(lambda: i)
c3 = gc.get_count()[0]
print("plain:", c1 - c0, "closures:", c2 - c1, "lambdas:", c3 - c2)
