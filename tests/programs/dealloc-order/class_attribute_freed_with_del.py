# covers: deleting a class attribute frees the object; instances' own attributes are independent
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class C:
    shared = D("class attr")
c = C()
c.shared = D("instance attr")
print("del instance attr")
del c.shared
print("del class attr")
del C.shared
print("done")
