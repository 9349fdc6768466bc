# covers: NameError.name and AttributeError.name/.obj set where the interpreter raises them (the exception keeps the object alive while it lives), their keyword-only constructor arguments, and the sizes of exceptions with extra fields
try:
    undefined_thing
except NameError as e:
    print(repr(e.name))
class C:
    pass
c = C()
try:
    c.missing
except AttributeError as e:
    print(repr(e.name), e.obj is c)
e = NameError("x")
print(e.name, AttributeError("y").name, AttributeError("y").obj)
e = NameError("x", name="nm")
print(e.name)
try:
    getattr(c, "other")
except AttributeError as e:
    print(e.name, e.obj is c)
def f():
    return zzz
try:
    f()
except NameError as e:
    print(e.name)
for f in (lambda: NameError("a", x=1), lambda: AttributeError("a", x=1), lambda: AttributeError(name="n", obj=5)):
    try:
        e = f()
        print(e.name, e.obj, e.args)
    except TypeError as ex:
        print(ex)
import sys
print(sys.getsizeof(ValueError()), sys.getsizeof(NameError()), sys.getsizeof(AttributeError()), sys.getsizeof(KeyError()), sys.getsizeof(StopIteration()), sys.getsizeof(ImportError()))
class C:
    pass
c = C()
print(sys.getrefcount(c))
try:
    c.missing
except AttributeError as e:
    print(sys.getrefcount(c))
print(sys.getrefcount(c))
