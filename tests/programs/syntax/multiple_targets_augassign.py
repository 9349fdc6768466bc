# covers: chained assignment a = b = ..., augmented assignment on ints, lists (in place), tuples (rebind), strings
a = b = [1]
a += [2]
print(a, b, a is b)
x = y = (1,)
x += (2,)
print(x, y, x is y)
s = t = "ab"
s += "c"
print(s, t)
n = 10
n -= 3; n *= 2; n //= 3; n **= 2; n %= 7
print(n)
m = 6
m /= 4
print(m)
L = [0, 0]
L[1] += 5
print(L)
