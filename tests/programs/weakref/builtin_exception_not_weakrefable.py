# covers: instances of the built-in exception classes take no weak references, instances of a Python subclass do; the weak reference type is weakref.ReferenceType (its tp_name), in reprs and errors
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
# weakref.ref's type is 'weakref.ReferenceType' (its tp_name), in reprs and in errors
def f():
    pass
r = weakref.ref(f)
print(type(r).__name__, type(r).__module__, type(r) is weakref.ReferenceType)
try:
    weakref.ref(r)
except TypeError as err:
    print("TypeError:", err)
