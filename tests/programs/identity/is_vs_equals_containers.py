# covers: == compares values, `is` identity; nested equal containers are distinct objects
a = [1, [2, 3]]
b = [1, [2, 3]]
print(a == b, a is b, a[1] == b[1], a[1] is b[1])
c = a.copy()
print("shallow copy shares inner:", c[1] is a[1], c is a)
d = {"k": a}
e = dict(d)
print(d == e, d is e, d["k"] is e["k"])
