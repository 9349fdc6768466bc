# covers: int(x) of an int returns the same object; str(s) of a str returns the same object; list(x) copies
n = 10 ** 20
print(int(n) is n, str("x" + "y") == "xy")
s = "abc" + str(1)
print(str(s) is s, tuple((1, 2)) is (1, 2))
t = (n, n)
print(tuple(t) is t)
L = [1]
print(list(L) is L)
