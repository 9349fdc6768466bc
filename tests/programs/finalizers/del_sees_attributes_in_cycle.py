# covers: inside __del__ during gc, the object's attributes are still intact (clearing happens after finalizers)
import gc
gc.collect()
class F:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(self.name, "sees peer", self.peer.name)
a = F("a")
b = F("b")
a.peer = b
b.peer = a
del a, b
gc.collect()
print("done")
