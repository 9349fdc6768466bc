# covers: a freed object's address is reused by the next object of the same kind
a = []
i = id(a)
del a
b = []
print("list reuses address:", id(b) == i)
d = {1: 2}
j = id(d)
del d
e = {}
print("dict reuses address:", id(e) == j)
big = 10 ** 30 + len("x")
n = id(big)
del big
big2 = 10 ** 30 + len("yy")
print("int reuses address:", id(big2) == n)
