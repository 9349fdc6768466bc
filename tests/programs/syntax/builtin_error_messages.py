# covers: str() of common builtin exceptions raised by operations (exact CPython messages)
tests = [
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: [1][5],
    lambda: (1,)[2],
    lambda: "ab"[9],
    lambda: {"a": 1}["b"],
    lambda: {}[3],
    lambda: int("x1"),
    lambda: float("abc"),
    lambda: [].pop(),
    lambda: [1].remove(2),
    lambda: [1].index(5),
    lambda: "abc".index("z"),
    lambda: set().pop(),
    lambda: {}.popitem(),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
