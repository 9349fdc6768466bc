# covers: dict item overwrite frees the old value immediately; dict.clear frees entries in order
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {"a": D("a"), "b": D("b"), "c": D("c")}
print("overwrite b")
d["b"] = D("b2")
print("clear")
d.clear()
print("done")
