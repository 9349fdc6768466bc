# covers: str() and repr() of caught exceptions with different args, and exception args
try:
    {}["x"]
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    raise ValueError("a", "b")
except ValueError as e:
    print(str(e), repr(e), e.args)
try:
    raise IndexError
except IndexError as e:
    print(repr(str(e)), repr(e), e.args)
try:
    int("")
except ValueError as e:
    print(e)
