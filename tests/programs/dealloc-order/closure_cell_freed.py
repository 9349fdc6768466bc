# covers: an object captured in a closure dies when the last closure is freed
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def make():
    captured = D("captured")
    local = D("local")
    def f():
        return captured.n
    return f
g = make()
print("closure alive", g())
del g
print("done")
