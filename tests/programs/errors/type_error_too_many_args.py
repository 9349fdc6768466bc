# covers: TypeError when a method gets too many arguments (counts self)
class C:
    def m(self, x):
        return x
C().m(1, 2)
