# covers: order of freeing locals when a function without arguments returns
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f():
    x = D("x")
    y = D("y")
    z = D("z")
    return 0
f()
print("after call")
