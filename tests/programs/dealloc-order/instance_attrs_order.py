# covers: freeing an instance frees its attributes in the order they were first set
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Holder:
    def __init__(self):
        self.z = D("z")
        self.a = D("a")
        self.m = D("m")
h = Holder()
h.a = D("a-new")
print("drop holder")
del h
print("done")
