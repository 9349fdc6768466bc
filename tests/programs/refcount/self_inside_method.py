# covers: getrefcount(self) inside a method called as obj.m() versus C.m(obj)
import sys
class C:
    def rc(self):
        return sys.getrefcount(self)
c = C()
print("obj.rc()", c.rc())
print("C.rc(obj)", C.rc(c))
m = c.rc
print("via stored bound method", m())
