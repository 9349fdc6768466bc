# covers: free order of attributes set by a base __init__ (via super) and a subclass __init__
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Base:
    def __init__(self):
        self.y = D("base y")
        self.b = D("base b")
class Sub(Base):
    def __init__(self):
        self.x = D("sub x")
        super().__init__()
        self.a = D("sub a")
s = Sub()
del s
print("done")
