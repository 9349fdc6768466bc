# covers: dict get/setdefault/pop/popitem/update/keys/values/items/in/del, insertion order preserved
d = {}
d["b"] = 1
d["a"] = 2
d.setdefault("c", 3)
d.setdefault("a", 99)
print(d, list(d.keys()), list(d.values()))
print(d.get("z"), d.get("z", 0), "a" in d, 2 in d)
print(d.pop("b"), d.pop("zz", "default"), d)
d.update({"d": 4}, e=5)
print(d)
print(d.popitem(), d)
del d["a"]
d["a"] = 7
print(list(d.items()))
print(dict([(1, 2), (3, 4)]), dict(zip("ab", [1, 2])), dict(x=1))
