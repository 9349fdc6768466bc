# covers: weakrefs (kept alive outside the trash) to a cycle member are cleared but not counted in gc.collect()
import gc
import weakref
gc.collect()
class C:
    pass
c = C()
c.me = c
refs = [weakref.ref(c, lambda r: None), weakref.ref(c, lambda r: None)]
del c
print("collect", gc.collect())
del refs
print("collect again", gc.collect())
