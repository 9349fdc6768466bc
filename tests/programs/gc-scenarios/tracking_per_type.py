# covers: gc.is_tracked of a fresh object of each type, and after a full collection (tuples and dicts of atoms get untracked)
import gc
class C:
    def m(self):
        pass
def gen():
    yield 1
n = 7
objs = [
    ("int", n), ("float", n / 2), ("str", str(n)), ("None", None), ("bool", n > 1),
    ("tuple of ints", (n, n + 1)), ("tuple with list", (n, [])), ("empty tuple", ()),
    ("list", [n]), ("empty list", []), ("dict of ints", {n: n}), ("dict with list", {n: []}), ("empty dict", {}),
    ("set", {n}), ("frozenset", frozenset([n])), ("instance", C()), ("class", C), ("function", gen),
    ("bound method", C().m), ("generator", gen()), ("range", range(n)), ("slice", slice(1, n)),
    ("list iterator", iter([n])), ("lambda", lambda: n), ("exception", KeyError(n)),
]
for name, o in objs:
    print(name, gc.is_tracked(o))
gc.collect()
print("after collect:", [name for name, o in objs if gc.is_tracked(o)])
