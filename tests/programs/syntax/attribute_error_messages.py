# covers: AttributeError messages for instances, classes, builtins and None
class K:
    def __init__(self):
        self.a = 1
k = K()
tests = [
    lambda: k.b,
    lambda: K.zz,
    lambda: None.foo,
    lambda: [].push,
    lambda: (1).real.nope,
    lambda: "s".foo,
]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print(e)
del k.a
try:
    del k.a
except AttributeError as e:
    print("del:", e)
