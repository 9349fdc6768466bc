# covers: list.clear() and del L[a:b] free the removed items (order of decrefs)
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
L = [D(i) for i in range(6)]
print("del L[1:4]")
del L[1:4]
print("clear")
L.clear()
print("done")
