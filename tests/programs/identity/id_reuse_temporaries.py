# covers: address reuse: id([]) == id([]) because the first list is freed before the second is made
print("lists:", id([]) == id([]))
print("dicts:", id({}) == id({}))
print("tuples of equal size:", id((len("a"), 1)) == id((len("b"), 2)))
print("lists, both alive:", [] is [])
