# covers: an exception holding an object is freed when its handler ends
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
try:
    raise ValueError(D("payload"))
except ValueError:
    print("in handler")
print("after handler")
try:
    raise KeyError(D("bound"))
except KeyError as e:
    print("handler with name")
print("after handler with name")
