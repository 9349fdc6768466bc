# covers: nested lists: inner lists free their items when reached in reverse order of the outer list
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
outer = [[D("0a"), D("0b")], [D("1a"), D("1b")], D("2")]
del outer
print("done")
