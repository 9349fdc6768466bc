# covers: constant tuples in code objects: tracked until a collection examines them
import gc
def f():
    return (1, 2, 3)
t = f()
print("constant tuple", gc.is_tracked(t))
gc.collect()
print("after collect", gc.is_tracked(t))
print("empty tuple", gc.is_tracked(()))
