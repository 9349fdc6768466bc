# covers: str() of classes, of exceptions, of instances with __str__ only; repr of builtins' types
class Only:
    def __str__(self):
        return "only-str"
o = Only()
print(str(o), f"{o}")
print(type(1), type("a"), type([]), type(None))
print(int, str, type)
print(repr(ValueError("bad")), str(ValueError("bad")), str(ValueError()))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError(1)))
print(repr(Exception("a", 1)), str(Exception("a", 1)))
