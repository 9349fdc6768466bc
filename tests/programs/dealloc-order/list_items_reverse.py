# covers: freeing a list decrefs its items from last to first
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
L = [D(1), D(2), D(3), D(4)]
print("drop list")
del L
print("done")
