# covers: instances are always tracked; their materialised __dict__ tracking with atomic/container values
import gc
class C:
    pass
c = C()
c.a = 1
print("instance", gc.is_tracked(c))
print("__dict__ of atomic attrs", gc.is_tracked(c.__dict__))
c.b = []
print("__dict__ with list", gc.is_tracked(c.__dict__))
