# covers: a class's own __setattr__, __delattr__ and __getattribute__ run for every attribute store, deletion and load; object's versions do the generic work
class Logged:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
s = Logged()
s.x = 1
print(s.x, s.__dict__)
del s.x
print(hasattr(s, "x"))
class Doubling:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)
d = Doubling()
d.a = 5
print(d.a)
del d.a
print(vars(d))
class Watched:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
w = Watched()
w.y = 3
print(w.y)
try:
    w.missing
except AttributeError as e:
    print("AttributeError:", e)
