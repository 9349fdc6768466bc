# covers: freeing a set of instances with fixed hashes: the order follows hash slots
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return self is other
s = {D(5), D(1), D(3), D(2)}
print("drop set")
del s
print("done")
