# covers: send(), next() and StopIteration.value carry a generator's return value; close() ignoring GeneratorExit is an error
def adder():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

g = adder()
next(g)
print(g.send(3), g.send(4))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    adder().send(1)
except TypeError as e:
    print(e)

def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring GeneratorExit")
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
print(next(s, "default"))
