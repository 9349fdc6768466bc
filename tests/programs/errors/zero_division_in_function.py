# covers: ZeroDivisionError raised two calls deep, uncaught
def ratio(a, b):
    return a / b
def report(a, b):
    return "ratio " + str(ratio(a, b))
print(report(1, 2))
print(report(1, 0))
