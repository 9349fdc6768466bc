# covers: a suspended generator's finally block runs on close(), on del (its finalizer) and on throw()
def counter(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)

a = counter("a")
print(next(a))
a.close()
print("after close")
b = counter("b")
print(next(b))
del b
print("after del")
c = counter("c")
print(c.send(None), c.send("ignored"))
try:
    c.throw(ValueError("boom"))
except ValueError as e:
    print("caught", e)
d = counter("d")
d.close()
print("closing an unstarted generator runs nothing")
try:
    next(d)
except StopIteration:
    print("closed generator is exhausted")
