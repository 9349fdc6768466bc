# covers: each recursive frame owns its local; they are released innermost first as the recursion unwinds
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed level", self.n)
def rec(n):
    t = T(n)
    if n > 0:
        rec(n - 1)
    print("leaving level", n)
rec(3)
print("done")
