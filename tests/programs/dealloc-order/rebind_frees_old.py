# covers: rebinding a name frees the old object before the statement completes
class D:
    def __init__(self, n):
        self.n = n
        print("new", n)
    def __del__(self):
        print("del", self.n)
x = D(1)
x = D(2)
print("after rebind")
x = D(3)
print("after second rebind")
del x
print("done")
