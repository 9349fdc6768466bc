# covers: NameError for a free variable read before the enclosing function assigns it
def outer():
    def inner():
        return v
    r = inner()
    v = 1
    return r
outer()
