# covers: C.__dict__ is a read-only mappingproxy over the class namespace, a new one per access (a GC object of 40 bytes); a built-in type's __dict__ lists its methods
import gc, sys
class A:
    x = 1
    def m(self):
        pass
d = A.__dict__
print(type(d).__name__, "x" in d, d["x"], sorted(k for k in d if not k.startswith("__")))
print(d.get("x"), d.get("zz", 5), type(d.keys()).__name__, type(d.copy()).__name__, d == dict(d))
print(A.__dict__ is A.__dict__, sys.getsizeof(d), gc.is_tracked(d), repr(d).startswith("mappingproxy({"))
for attempt in (lambda: d.__setitem__("y", 2), lambda: d.keys(1), lambda: d.get()):
    try:
        attempt()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    d["y"] = 2
except TypeError as e:
    print("TypeError:", e)
A.y = 2
print("y" in d, d["y"], len(d) == len(dict(d)))
print(type(list.__dict__).__name__, "append" in list.__dict__, "__len__" in list.__dict__, "nope" in int.__dict__)
print(vars(A) == dict(A.__dict__), type(vars(A)).__name__)
gc.collect()
c = gc.get_count()[0]
p = A.__dict__
print("proxy allocation", gc.get_count()[0] - c)
