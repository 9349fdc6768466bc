# covers: items of a list comprehension stay alive until the list is freed; generator items die one by one
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
print("sum:", sum(D(i).n for i in range(3)))
L = [D(i) for i in range(3, 5)]
print("list built")
del L
print("done")
