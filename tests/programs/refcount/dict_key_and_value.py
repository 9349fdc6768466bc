# covers: an object used as dict key and value: one reference each; overwriting a value; dict copy; del item
import sys
class K:
    pass
k = K()
v = []
d = {k: v}
print("key", sys.getrefcount(k), "value", sys.getrefcount(v))
d[k] = v
print("same assignment again", sys.getrefcount(k), sys.getrefcount(v))
d2 = dict(d)
print("after dict(d)", sys.getrefcount(k), sys.getrefcount(v))
d[k] = None
print("value replaced", sys.getrefcount(k), sys.getrefcount(v))
del d[k]
print("item deleted", sys.getrefcount(k), sys.getrefcount(v))
d2.clear()
print("copy cleared", sys.getrefcount(k), sys.getrefcount(v))
