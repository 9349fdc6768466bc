# covers: the instances of a class refer to it; get_referrers(Class) includes each instance
import gc
class C:
    pass
objs = [C(), C(), C()]
found = gc.get_referrers(C)
print([True in [f is o for f in found] for o in objs])
