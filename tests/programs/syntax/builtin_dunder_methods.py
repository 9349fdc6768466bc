# covers: the built-in types' dunder methods (slot wrappers and method descriptors): calls, reprs, NotImplemented, arity and type errors, super() reaching object's
class Base:
    def __init__(self, name):
        super().__init__()
        self.name = name
    def __repr__(self):
        return "Base(" + super().__repr__()[1:9] + ")"
    def __eq__(self, other):
        return super().__eq__(other)
    def __hash__(self):
        return super().__hash__() * 0 + 42
    def __str__(self):
        return "str:" + super().__str__()
class Child(Base):
    def __init__(self):
        super().__init__("child")
c = Child()
print(repr(c), str(c), c == c, c == 1, c != c, hash(c), c.name)
print((1).__add__(2), (3).__eq__(3.0), (2).__radd__(5), (7).__neg__(), (0).__bool__())
print([1, 2].__len__(), [1, 2].__getitem__(1), [1].__contains__(1), [1] .__add__([2]), [1, 2].__mul__(2))
print({1: 2}.__getitem__(1), "ab".__len__(), "a".__eq__("a"), "x".__add__("y"), (2.5).__mul__(2))
print(int.__add__(1, 2), int.__sub__, repr([].__len__)[:30], object.__init__)
print((5).__sizeof__() == (5).__sizeof__(), [].__sizeof__() + 16, object().__sizeof__())
print(format(12, "05d"), (12).__format__("05d"), "ab".__format__(">4"), object().__format__("") != "")
print(hasattr([], "__len__"), hasattr(1, "__iter__"), hasattr(None, "__eq__"), [].__hash__, type(int.__add__).__name__, type((1).__add__).__name__)
it = [10, 20].__iter__()
print(it.__next__(), next(it), it.__iter__() is it)
d = {}
d.__setitem__("k", 1)
print(d, d.__len__(), d.__contains__("k"))
d.__delitem__("k")
print(d)
bad_calls = [
    ("(1).__add__()", lambda: (1).__add__()),
    ("(1).__add__(1, 2)", lambda: (1).__add__(1, 2)),
    ("int.__add__('a', 1)", lambda: int.__add__('a', 1)),
    ("int.__add__()", lambda: int.__add__()),
    ("(1).__add__(value=2)", lambda: (1).__add__(value=2)),
    ("object().__format__('x')", lambda: object().__format__('x')),
    ("object.__init__(c, 1)", lambda: object.__init__(c, 1)),
    ("object().__sizeof__(1)", lambda: object().__sizeof__(1)),
]
for text, call in bad_calls:
    try:
        print(text, call())
    except TypeError as e:
        print(text, "TypeError:", e)
class Plain:
    pass
for text, call in [("Plain(1)", lambda: Plain(1)), ("object.__init__(Plain(), 1)", lambda: object.__init__(Plain(), 1))]:
    try:
        call()
    except TypeError as e:
        print(text, "TypeError:", e)
m = (1).__add__
print(m(2), repr(m)[:26])
for f in (lambda: (1).__format__(5), lambda: object().__format__(5), lambda: 'a'.__format__(5), lambda: (1.5).__format__(5)):
    try:
        f()
    except TypeError as e:
        print(e)
