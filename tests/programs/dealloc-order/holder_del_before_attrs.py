# covers: the holder's own __del__ runs before its attributes are released
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Holder(D):
    def __init__(self, n):
        super().__init__(n)
        self.child = D(n + ".child")
        self.items = [D(n + ".item0"), D(n + ".item1")]
h = Holder("h")
del h
print("done")
