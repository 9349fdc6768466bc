# covers: temporaries in nested calls f(g(T())) are freed in the order their owners release them
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
def g(t):
    return T(t.n + "->g")
def f(t):
    return t.n + "->f"
print(f(g(T("x"))))
