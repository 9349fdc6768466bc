# covers: a __del__ that drops another object's last reference triggers that object's __del__ inside it
class D:
    def __init__(self, n, other=None):
        self.n = n
        self.other = other
    def __del__(self):
        print("enter del", self.n)
        self.other = None
        print("leave del", self.n)
a = D("a", D("b", D("c")))
del a
print("done")
