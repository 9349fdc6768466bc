# covers: __init_subclass__ is an implicit class method; class keywords reach it; object's own takes none
class Plugin:
    def __init_subclass__(cls, /, flavor=None, **kw):
        super().__init_subclass__(**kw)
        print("subclass", cls.__name__, flavor)
class Mint(Plugin, flavor="mint"):
    pass
class Plain(Plugin):
    pass
try:
    class Bad(Plugin, color=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    pass
try:
    class Other(Base, flavor="x"):
        pass
except TypeError as e:
    print("TypeError:", e)
class WithType(metaclass=type):
    pass
print(type(WithType).__name__)
