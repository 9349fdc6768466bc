# covers: getsizeof of instances (empty class, with attributes), and of their materialised __dict__
import sys
class Empty:
    pass
class Three:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
e = Empty()
t = Three()
print("empty instance", sys.getsizeof(e), "three attrs", sys.getsizeof(t))
print("__dict__ of three", sys.getsizeof(t.__dict__))
e.x = 1
print("empty + attr", sys.getsizeof(e), "its __dict__", sys.getsizeof(e.__dict__))
