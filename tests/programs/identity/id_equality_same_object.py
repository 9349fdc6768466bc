# covers: id() equality tracks identity: aliases share an id, copies do not
a = [1, 2]
b = a
c = a[:]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
t = (a, a)
print(id(t[0]) == id(t[1]))
print(id(a) == id(list(a)))
