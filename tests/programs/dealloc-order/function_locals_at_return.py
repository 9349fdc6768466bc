# covers: order in which a function's locals are freed when it returns (slot order; 3.10 args last; 3.14 reversed)
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f(arg):
    a = D("local a")
    b = D("local b")
    c = D("local c")
    print("returning")
    return None
f(D("arg"))
print("after call")
