# covers: a set holding an instance whose attribute refers back to the set forms a 2-object cycle
import gc
gc.collect()
class Member:
    pass
m = Member()
s = {m, 1, "x"}
m.owner = s
del m, s
print("collected", gc.collect())
