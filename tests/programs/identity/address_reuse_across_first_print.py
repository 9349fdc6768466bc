# covers: a freed block is reused by the next object of its size even when the program's first print() runs in between (print's machinery exists from start-up and takes no block of the program's)
m = [].append
first = id(m)
del m
print("x")
m2 = [].append
print(id(m2) == first)
t = (1, 2, 3, [])
second = id(t)
del t
print("y", 1, 2)
t2 = (4, 5, 6, [])
print(id(t2) == second)
