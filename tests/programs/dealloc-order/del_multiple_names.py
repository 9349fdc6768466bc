# covers: del a, b, c unbinds left to right, each freeing immediately
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a, b, c = D("a"), D("b"), D("c")
del c, a, b
print("done")
