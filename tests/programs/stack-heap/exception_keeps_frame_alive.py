# covers: a frame's locals stay alive while the exception that left it is being handled
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
def inner():
    x = T("inner local")
    raise ValueError("boom")
def outer():
    y = T("outer local")
    inner()
try:
    outer()
except ValueError as e:
    print("handling", e)
print("after except")
