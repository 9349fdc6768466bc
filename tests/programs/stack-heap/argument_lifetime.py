# covers: a temporary passed as an argument lives until the call returns
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
def use(t):
    print("using", t.n)
    return 0
use(T("temp arg"))
print("after call")
def drop_param(t):
    del t
    print("param deleted inside callee")
drop_param(T("temp arg 2"))
print("after second call")
