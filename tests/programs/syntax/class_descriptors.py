# covers: user-defined descriptors: __get__ (non-data and data), __set__, a missing __delete__, and __set_name__ at class creation
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return ("get", self.name, owner.__name__)
    def __set__(self, obj, value):
        print("set", self.name, value)
class Constant:
    def __get__(self, obj, owner):
        return 42
class Record:
    field = Field()
    const = Constant()
r = Record()
print(r.field, type(Record.field).__name__, r.const, Record.const)
r.field = 5
r.const = 7
print(r.const, r.__dict__)
try:
    del r.field
except AttributeError as e:
    print("AttributeError:", e)
