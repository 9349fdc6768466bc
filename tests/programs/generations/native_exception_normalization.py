# covers: an exception raised by built-in code gets its instance only when a handler takes it on 3.10/3.11 (after the call's temporaries are gone), at once from 3.12; checked through generation 0's count around handled and swallowed exceptions
import gc, weakref
v = None
gc.collect()
gc.get_count()
a = gc.get_count()[0]
try:
    b = gc.get_count()[0]
    int('x')
except ValueError:
    c = gc.get_count()[0]
d = gc.get_count()[0]
try:
    weakref.ref(v)
except TypeError as e:
    msg = str(e)
f = gc.get_count()[0]
x = getattr(v, "missing", 5)
g = gc.get_count()[0]
print(b - a, c - b, d - c, f - d, g - f, x, msg)
