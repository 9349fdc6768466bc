# covers: order of frees when a tuple assignment rebinds several names at once
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a, b = D("a1"), D("b1")
print("rebind")
a, b = D("a2"), D("b2")
print("done rebind")
del a, b
