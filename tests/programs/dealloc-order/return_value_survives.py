# covers: the returned object survives the frame; the other locals die at return, in order
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def make():
    tmp = D("tmp")
    res = D("result")
    other = D("other")
    return res
r = make()
print("got", r.n)
del r
print("done")
