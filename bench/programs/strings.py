# strings: concatenation, f-strings, join, split, slicing, methods
parts = []
total = 0
for i in range(40000):
    s = "item" + str(i)
    t = f"{s}:{i % 13}"
    u = t.upper().replace("ITEM", "x")
    total += len(u) + len(u.split(":"))
    parts.append(u[:6])
    if len(parts) >= 100:
        line = ",".join(parts)
        total += len(line)
        parts = []
print(total)
