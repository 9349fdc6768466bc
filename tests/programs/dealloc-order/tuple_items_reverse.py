# covers: freeing a tuple decrefs its items from last to first
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
t = (D("a"), D("b"), D("c"))
print("drop tuple")
t = None
print("done")
