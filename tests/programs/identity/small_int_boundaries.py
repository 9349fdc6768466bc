# covers: the small-int cache -5..256: ints computed at run time are identical inside it, distinct outside
def same(a, b):
    return a is b
for v in [-7, -6, -5, -1, 0, 100, 255, 256, 257, 1000]:
    x = int(str(v))
    y = int(str(v))
    print(v, same(x, y))
