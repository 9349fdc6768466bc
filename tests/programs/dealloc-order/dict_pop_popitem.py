# covers: popped dict values die when the popped result is dropped
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {1: D(1), 2: D(2), 3: D(3)}
d.pop(2)
print("after pop")
d.popitem()
print("after popitem")
x = d.pop(1)
print("kept popped", x.n)
x = None
print("done")
