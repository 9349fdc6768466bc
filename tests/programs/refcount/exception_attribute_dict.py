# covers: an exception's attributes live in a dict object of its own (one GC allocation on the first attribute, on every version), visible as __dict__ and to gc.get_referents after the class
import gc, sys
gc.collect()
gc.get_count()
e = ValueError("x")
a = gc.get_count()[0]
e.note = "n"
b = gc.get_count()[0]
print(b - a, e.__dict__, sys.getrefcount(e.__dict__))
class AppError(Exception):
    pass
f = AppError()
f.k = 1
print(f.__dict__, [type(r).__name__ for r in gc.get_referents(f)])
del e, f
print(gc.collect())
