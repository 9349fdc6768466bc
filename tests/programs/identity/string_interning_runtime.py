# covers: strings created at run time are not interned; identifier-like literals in different functions are the same object
def f():
    return "memory_model"
def g():
    return "memory_model"
print(f() is g())
parts = ["memory", "model"]
s = "_".join(parts)
print(s == f(), s is f())
print("attr name strings:", "n" is "n")
