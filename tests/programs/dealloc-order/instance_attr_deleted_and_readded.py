# covers: attribute order after deleting and re-adding an attribute of an instance
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class H:
    pass
h = H()
h.first = D("first")
h.second = D("second")
h.third = D("third")
del h.first
print("re-add first")
h.first = D("first-again")
print("drop holder")
del h
print("done")
