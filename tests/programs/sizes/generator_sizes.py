# covers: sys.getsizeof of generators: a fixed object on 3.10 (the frame is separate); from 3.11 the object plus one slot per local and per stack entry of its code, before and after it runs
import sys
def countdown(n):
    for i in range(n):
        yield [i]
def mixed(a, b, c):
    x = a + b * c
    yield (a, b, c, x, [x, a], {a: b})
g = countdown(3)
print(sys.getsizeof(g), sys.getsizeof(mixed(1, 2, 3)), sys.getsizeof(x for x in []))
print(list(g), sys.getsizeof(g))
