# covers: each attribute access creates a new bound method; the function object underneath is shared
class C:
    def m(self):
        pass
c = C()
print(c.m is c.m, c.m == c.m, C.m is C.m)
print("same underlying function:", c.m.__func__ is C.m)
d = C()
print(c.m == d.m)
