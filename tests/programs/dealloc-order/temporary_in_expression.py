# covers: temporaries created in an expression die at the end of the call that used them
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def val(self):
        return self.n
print("value", D("t1").val())
x = [D("t2").val(), D("t3").val()]
print(x)
print(len([D("t4"), D("t5")]))
