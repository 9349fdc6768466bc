# covers: an instance whose attribute is a dict containing the instance
import gc
gc.collect()
class C:
    pass
c = C()
c.d = {"owner": c}
del c
print("collected", gc.collect())
