# covers: gc.get_referents of containers and instances, gc.get_referrers finds the containers (and frames' namespaces) holding an object
import gc
class Box:
    pass
item = [1]
holder = [item, item]
d = {"k": item}
t = (item, 5)
b = Box()
b.x = item
print("list referents", len(gc.get_referents(holder)), all(r is item for r in gc.get_referents(holder)))
print("tuple referents", sorted(type(r).__name__ for r in gc.get_referents(t)))
print("dict referents", sorted(type(r).__name__ for r in gc.get_referents(d)))
print("instance referents", sorted(type(r).__name__ for r in gc.get_referents(b)))
refs = gc.get_referrers(item)
print("holder", any(r is holder for r in refs), "d", any(r is d for r in refs), "t", any(r is t for r in refs))
print("instance dict or instance", any(r is b or r is b.__dict__ for r in refs))
print("atomic referents", gc.get_referents(1, "s", None))
