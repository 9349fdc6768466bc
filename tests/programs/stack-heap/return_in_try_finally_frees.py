# covers: a value returned from inside try/finally survives; the other locals are freed after finally
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
def f():
    keep = T("returned")
    other = T("other")
    try:
        return keep
    finally:
        print("finally")
r = f()
print("got", r.n)
del r
