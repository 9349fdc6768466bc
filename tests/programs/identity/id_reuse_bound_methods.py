# covers: a bound method freed right away lets the next one reuse its address
class C:
    def m(self):
        pass
c = C()
print(id(c.m) == id(c.m))
m1 = c.m
print(id(m1) == id(c.m))
