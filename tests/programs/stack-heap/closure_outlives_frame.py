# covers: a closure keeps captured locals of a finished frame alive; other locals die at return
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
def factory():
    kept = T("captured")
    dropped = T("not captured")
    def show():
        return kept.n
    return show
fn = factory()
print("factory returned;", fn())
fn = None
print("closure dropped")
