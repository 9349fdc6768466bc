# covers: an object surviving collect(0) moves to generation 1, then collect(1) moves it to generation 2
import gc
gc.collect()
obj = []
def gen_of(o):
    for g in range(3):
        if id(o) in [id(x) for x in gc.get_objects(g)]:
            return g
    return None
print("fresh", gen_of(obj))
gc.collect(0)
print("after collect(0)", gen_of(obj))
gc.collect(0)
print("after another collect(0)", gen_of(obj))
gc.collect(1)
print("after collect(1)", gen_of(obj))
