# dicts: literals, item assignment, get, iteration over items, deletion
total = 0
index = {}
for i in range(50000):
    d = {"id": i, "name": "n", "value": i % 7}
    d["double"] = d["value"] * 2
    total += d.get("double", 0) + len(d)
    index[i % 1000] = d
    if i % 1000 == 999:
        for k, v in index.items():
            total += k + v["value"]
        index = {}
print(total, len(index))
