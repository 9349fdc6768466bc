# covers: True/False/None are singletons; bool() and comparisons return them
x = 5
print(bool(x) is True, (x > 3) is True, (x < 3) is False)
print(not x is False, [].append(1) is None)
def f():
    pass
print(f() is None, type(None)() is None)
print(bool([]) is False, bool("0") is True)
