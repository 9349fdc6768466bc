# covers: a freed tuple of size n is reused by the next tuple of the same size
n = 7
t = (n, n)
i = id(t)
del t
u = (n, n + 1)
print("same size tuple reuses:", id(u) == i)
v = (n, n, n)
j = id(v)
del v
w = (n,)
print("different size reuses:", id(w) == j)
