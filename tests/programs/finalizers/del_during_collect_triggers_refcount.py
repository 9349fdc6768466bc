# covers: a finalizer run by gc can free other non-cyclic objects by refcount inside the collection
import gc
gc.collect()
class Leaf:
    def __del__(self):
        print("leaf freed")
class F:
    def __del__(self):
        print("cycle member finalized")
        self.leaf = None
f = F()
f.leaf = Leaf()
f.me = f
del f
print("collect", gc.collect())
