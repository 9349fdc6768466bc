# covers: refcount of an instance's __dict__ once materialised, and of values stored in it
import sys
class P:
    def __init__(self):
        self.x = []
p = P()
d = p.__dict__
print("dict refs", sys.getrefcount(d))
print("value refs", sys.getrefcount(p.x))
print("same dict each time", p.__dict__ is d)
d["y"] = d["x"]
print("value refs after alias", sys.getrefcount(p.x), p.y is p.x)
del d
print("dict refs via attribute", sys.getrefcount(p.__dict__))
