# covers: mixed nesting: dict value -> list -> tuple -> instances, freed by one del
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {1: [(D("t0"), D("t1")), D("l1")], 2: D("v2")}
del d
print("done")
