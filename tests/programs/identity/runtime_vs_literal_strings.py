# covers: identifier-like string constants are interned; strings built at run time are new objects
a = "heap"
b = "he" + "ap"
c = "".join(["he", "ap"])
h = "he"
d = h + "ap"
print("literal vs folded literal:", a is b)
print("literal vs join:", a is c, a == c)
print("literal vs concat at run time:", a is d)
e = "hello world"
f = "hello" + " " + "world"
print("non-identifier literal vs folded:", e is f)
