# covers: a generator expression consumed by a builtin frees each produced item as soon as it is consumed
class D:
    def __init__(self, n):
        self.n = n
        print("make", n)
    def __del__(self):
        print("del", self.n)
print("max:", max(D(i).n for i in range(3)))
