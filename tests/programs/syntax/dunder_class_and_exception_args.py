# covers: obj.__class__ on instances and built-in objects; attributes of exception subclasses (args, assigned args, own attributes)
class Point:
    pass
p = Point()
print(p.__class__.__name__, p.__class__ is Point)
print((1).__class__, "s".__class__.__name__, [].__class__, None.__class__, len.__class__, Point.__class__)
print([Point()][0].__class__.__name__, (1.5).__class__, True.__class__)
class AppError(Exception):
    def __init__(self, code):
        super().__init__("failed", code)
        self.code = code
try:
    raise AppError(42)
except AppError as e:
    print(e.args, e.code, str(e), repr(e), e.__class__.__name__)
e = AppError(1)
e.args = ("changed",)
print(e.args, e, e.code)
class Plain(ValueError):
    pass
print(Plain("a", "b").args, Plain("x").__class__.__mro__[1].__name__)
