# covers: equal constants in one compilation unit are merged: 257 is 257 when both are literals in the same code
a = 257
b = 257
print("same code object literals:", a is b)
c = 1000000
def f():
    return 1000000
print("module literal vs function literal:", c is f())
t1 = (1, 2, 3)
t2 = (1, 2, 3)
print("equal tuple literals:", t1 is t2)
s1 = "hello world!"
s2 = "hello world!"
print("equal str literals:", s1 is s2)
f1 = 2.5
f2 = 2.5
print("equal float literals:", f1 is f2)
