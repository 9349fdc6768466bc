# covers: the exception object referenced by `except ... as e` and the name cleared at the end of the handler
import sys
keep = None
try:
    raise ValueError("x")
except ValueError as e:
    inside = sys.getrefcount(e)
    keep = e
    inside2 = sys.getrefcount(e)
print("inside handler", inside, inside2)
print("after handler", sys.getrefcount(keep))
try:
    print(e)
except NameError as err:
    print("NameError:", err)
