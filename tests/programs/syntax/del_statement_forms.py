# covers: del of names, list items, slices, dict items, attributes; NameError after del
L = [0, 1, 2, 3, 4, 5]
del L[0]
del L[-1]
del L[1:3]
print(L)
d = {1: "a", 2: "b"}
del d[1]
print(d)
class C:
    pass
c = C()
c.x = 5
c.y = 6
del c.x
try:
    c.x
except AttributeError as e:
    print("gone:", e, c.y)
a = b = 3
del a
print(b)
try:
    print(a)
except NameError as e:
    print(e)
