# covers: a cycle made inside a function outlives the call and waits for the collector
import gc
gc.collect()
class Obj:
    def __del__(self):
        print("finalized", self.tag)
def make():
    o = Obj()
    o.tag = "local cycle"
    o.me = o
    return len("x")
make()
print("returned")
print("collected", gc.collect())
