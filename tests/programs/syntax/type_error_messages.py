# covers: TypeError messages for mixing types, calling non-callables, bad argument counts, unhashable keys
def two(a, b):
    return a
tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: None(),
    lambda: 5[0],
    lambda: len(5),
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: {[]: 1},
    lambda: {[1]},
    lambda: hash([]),
    lambda: "a" * 2.0,
    lambda: 1 < "a",
    lambda: -"x",
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
