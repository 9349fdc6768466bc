# covers: a finalizer that resurrects one object of a cycle keeps the whole cycle alive
import gc
gc.collect()
keep = []
class A:
    def __del__(self):
        print("A finalized")
        keep.append(self)
class B:
    def __del__(self):
        print("B finalized")
a = A()
b = B()
a.b = b
b.a = a
del a, b
print("collect 1:", gc.collect())
print("kept A sees B:", type(keep[0].b).__name__)
keep.clear()
print("collect 2:", gc.collect())
