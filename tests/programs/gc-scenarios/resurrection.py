# covers: an object resurrected by its __del__ during gc.collect() survives, its finalizer never runs twice, and it is freed by refcount later
import gc
gc.collect()
saved = []
class Phoenix:
    def __del__(self):
        print("finalizer runs for", self.name)
        saved.append(self)
p = Phoenix()
p.name = "p"
p.me = p
del p
print("first collect", gc.collect())
print("saved", len(saved), saved[0].name)
saved[0].me = None
saved.clear()
print("after clear, collect", gc.collect())
q = Phoenix()
q.name = "q"
del q
print("saved again", len(saved))
saved.clear()
print("end")
