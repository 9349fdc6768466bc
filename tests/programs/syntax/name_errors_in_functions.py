# covers: NameError and UnboundLocalError messages raised inside functions (caught)
def uses_missing():
    return missing_name + 1
def unbound():
    print(v)
    v = 1
def free_var():
    def inner():
        return w
    try:
        return inner()
    finally:
        pass
    w = 2
for f in (uses_missing, unbound, free_var):
    try:
        f()
    except NameError as e:
        print(type(e).__name__, "|", e)
