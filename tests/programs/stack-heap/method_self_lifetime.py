# covers: an instance created only to call a method lives until the method call completes
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
    def work(self):
        print("working", self.n)
        return self.n
print("result", T("tmp").work())
