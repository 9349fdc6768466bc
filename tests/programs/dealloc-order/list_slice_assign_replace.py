# covers: slice assignment releases the replaced items; item assignment frees the old item
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
L = [D(0), D(1), D(2), D(3)]
print("L[0] = None")
L[0] = None
print("L[1:3] = [0]")
L[1:3] = [0]
print("L *= 0")
L *= 0
print("done")
