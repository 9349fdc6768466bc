# covers: resurrection from a cycle during gc: the object survives; collect returns 0; a later death does not call __del__ again
import gc
gc.collect()
saved = []
class R:
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)
r = R()
r.name = "r"
r.me = r
del r
print("collect 1:", gc.collect())
print("saved:", len(saved), saved[0].name)
saved.clear()
print("collect 2:", gc.collect())
print("collect 3:", gc.collect())
