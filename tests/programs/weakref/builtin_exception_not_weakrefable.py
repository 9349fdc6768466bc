# covers: instances of the built-in exception classes take no weak references; instances of a Python subclass do
import weakref
class MyError(ValueError):
    pass
for make in (lambda: ValueError("x"), lambda: KeyError("k"), lambda: MyError("m")):
    e = make()
    try:
        r = weakref.ref(e)
        print(type(e).__name__, "weakref ok", r() is e)
    except TypeError as err:
        print(type(e).__name__, "TypeError:", err)
