# covers: a generator expression keeps its captured iterable alive until the generator is exhausted/freed
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
def make():
    items = [T(1), T(2)]
    return (t.n for t in items)
g = make()
print("generator made")
print(next(g))
print(list(g))
print("exhausted")
g = None
print("dropped")
