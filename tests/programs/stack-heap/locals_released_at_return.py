# covers: objects referenced only by a function's locals are freed when the call returns
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
def work():
    a = T("a")
    b = T("b")
    print("inside work")
    return "result"
r = work()
print("returned", r)
