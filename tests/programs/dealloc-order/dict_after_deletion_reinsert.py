# covers: dict dealloc order follows the entry order, including keys deleted and re-inserted (moved to the end)
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {1: D("a"), 2: D("b"), 3: D("c")}
keep = d.pop(1)
d[1] = D("a2")
d[2] = D("b2")
print("drop dict")
del d
print("drop popped")
del keep
print("done")
