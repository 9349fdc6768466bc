# covers: dict lookup returns the stored key/value objects, not copies
k = (1, 2)
v = [0]
d = {k: v}
for key in d:
    print(key is k, d[key] is v)
v2 = d.get((1, 2))
print(v2 is v)
