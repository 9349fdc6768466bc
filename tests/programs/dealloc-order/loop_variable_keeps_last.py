# covers: the loop variable keeps the previous item alive until it is rebound
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
for i in range(3):
    obj = D(i)
    print("made", i)
print("loop over")
del obj
print("done")
