# covers: locals of a failed frame stay alive until the handler finishes
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def fail():
    loc = D("local of failed frame")
    raise RuntimeError("boom")
try:
    fail()
except RuntimeError:
    print("handler start")
    print("handler end")
print("after try")
