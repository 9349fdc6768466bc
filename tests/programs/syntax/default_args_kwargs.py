# covers: default arguments, *args, **kwargs, keyword calls, mutable default shared between calls
def f(a, b=2, *args, **kwargs):
    return (a, b, args, sorted(kwargs.items()))
print(f(1))
print(f(1, 3))
print(f(1, 3, 4, 5))
print(f(1, x=9, b=8))
print(f(*[1, 2, 3], **{"z": 0}))
def app(x, acc=[]):
    acc.append(x)
    return acc
print(app(1), app(2))
print(app(3, []))
