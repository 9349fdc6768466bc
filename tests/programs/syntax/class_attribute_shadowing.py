# covers: class attribute lookup through instances and subclasses; mutation of a shared class list
class Base:
    count = 0
    shared = []
    def bump(self):
        self.count += 1
        self.shared.append(self.count)
class Sub(Base):
    pass
a = Base()
b = Sub()
a.bump()
a.bump()
b.bump()
print(a.count, b.count, Base.count, Sub.count, Base.shared)
Sub.count = 10
print(Sub().count, Base().count)
