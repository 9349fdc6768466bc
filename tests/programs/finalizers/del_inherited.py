# covers: __del__ inherited from a base class runs for subclass instances; a subclass without one keeps it
class Base:
    def __del__(self):
        print("del", type(self).__name__)
class A(Base):
    pass
class B(A):
    pass
x = [A(), B(), Base()]
del x
print("done")
