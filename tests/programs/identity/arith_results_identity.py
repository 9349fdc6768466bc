# covers: `is` on results of arithmetic: small results come from the cache, large ones are new objects
a = 200
b = a + 56
c = 256
print("200+56 is 256:", b is c)
d = a + 57
e = 257
print("200+57 is 257:", d is e)
print("equal though:", d == e)
x = 10
print("x*x is 100:", x * x is 100)
n = -3
print("n-2 is -5:", n - 2 is -5, "n-3 is -6:", n - 3 is -6)
