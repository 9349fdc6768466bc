# covers: iterating dict keys/values/items, views reflect later changes, list() of views
d = {3: "c", 1: "a", 2: "b"}
ks = d.keys()
vs = d.values()
print(list(ks), list(vs), list(d.items()))
d[0] = "z"
print(list(ks), len(vs))
print(sorted(d), sorted(d.values()), 3 in ks)
for k, v in sorted(d.items()):
    print(k, v, end="; ")
print()
