# covers: freed lists are reused last-in first-out
a = [1]
b = [2]
ia, ib = id(a), id(b)
del a
del b
c = []
d = []
print("c gets b's slot:", id(c) == ib)
print("d gets a's slot:", id(d) == ia)
