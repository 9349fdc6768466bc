# covers: a freed float's memory is reused by the next float created (float free list)
x = 1.5
y = x * 3.0
i = id(y)
del y
z = x * 5.0
print("new float reuses address:", id(z) == i)
print("float results never cached:", x * 2.0 is x * 2.0)
a = 0.5 + 0.5
b = 0.5 + 0.5
print("equal floats distinct:", a is b, a == b)
