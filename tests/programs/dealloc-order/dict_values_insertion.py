# covers: freeing a dict decrefs keys/values in insertion order (key then value per entry)
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def __hash__(self):
        return 1
d = {}
d[3] = D("v3")
d[1] = D("v1")
d[2] = D("v2")
d[D("k4")] = D("v4")
print("drop dict")
del d
print("done")
