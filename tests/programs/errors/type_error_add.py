# covers: TypeError adding int and str
n = 5
s = "five"
print(n + s)
