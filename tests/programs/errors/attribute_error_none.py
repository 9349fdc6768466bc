# covers: AttributeError on None (common after a function returns None)
def find(items, v):
    for i in items:
        if i == v:
            return i
r = find([1, 2], 3)
r.upper()
