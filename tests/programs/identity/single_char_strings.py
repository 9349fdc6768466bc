# covers: single Latin-1 characters are cached: indexing and slicing strings built at run time return one shared object
s = "hello" + str(5)
t = "ol" + str(7)
print("s[2] is s[3]:", s[2] is s[3], "(both 'l')")
print("s[4] is t[0]:", s[4] is t[0], "(both 'o')")
print("slices of one char:", s[2:3] is t[1:2])
print("digit chars:", s[-1] is str(5), t[-1] is str(3 + 4))
u = "é" + str(1)
v = "xé"
print("latin-1 char:", u[0] is v[1])
w = "€" + str(1)
x = "y€"
print("non-latin1 char:", w[0] is x[1], w[0] == x[1])
print("two-char slices:", s[2:4] is s[2:4])
