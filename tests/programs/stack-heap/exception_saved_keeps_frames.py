# covers: keeping the exception object after the handler keeps the failed frames' locals alive via the traceback
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
def fail():
    loc = T("frame local")
    raise KeyError("k")
saved = None
try:
    fail()
except KeyError as e:
    saved = e
print("handler finished")
saved = None
print("saved exception dropped")
