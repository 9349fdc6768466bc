# covers: finally blocks run while the frame (and its locals) are still alive during unwinding
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
def f():
    x = T("x")
    try:
        raise ValueError("v")
    finally:
        print("finally, x alive:", x.n)
try:
    f()
except ValueError:
    print("caught")
print("end")
