# covers: rebinding a local in a loop inside a function frees each previous object
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
def loop():
    for i in range(3):
        cur = T(i)
    print("loop end")
    return None
loop()
print("returned")
