# covers: dict.get, values iteration and setdefault do not leave extra references behind
import sys
v = []
d = {"k": v}
print(sys.getrefcount(v))
x = d.get("k")
print("get", sys.getrefcount(v))
del x
for val in d.values():
    pass
print("loop var holds", sys.getrefcount(v))
del val
d.setdefault("k", None)
d.setdefault("j", v)
print("setdefault new key", sys.getrefcount(v))
