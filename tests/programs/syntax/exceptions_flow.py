# covers: try/except/else/finally execution order, exception as binding, re-raise, raise from builtin classes
def trial(x):
    out = []
    try:
        out.append("try")
        if x == 1:
            raise ValueError("one")
        if x == 2:
            raise KeyError("two")
    except ValueError as e:
        out.append("except " + str(e))
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(trial(0))
print(trial(1))
try:
    trial(2)
except KeyError as e:
    print("outer", repr(e))
