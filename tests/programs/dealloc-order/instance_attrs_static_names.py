# covers: instance attribute free order when names are assigned as self.X inside methods of the class
# covers: (3.14 pre-sizes shared keys from the sorted names the compiler finds; others use first-set order)
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class H:
    def __init__(self):
        self.zeta = D("zeta")
        self.beta = D("beta")
    def later(self):
        self.gamma = D("gamma")
h = H()
h.added = D("added")
h.later()
h.alpha = D("alpha")
del h
print("done")
