# covers: a subclass __del__ calling super().__del__()
class Base:
    def __del__(self):
        print("Base.__del__")
class Sub(Base):
    def __del__(self):
        print("Sub.__del__")
        super().__del__()
s = Sub()
del s
print("done")
