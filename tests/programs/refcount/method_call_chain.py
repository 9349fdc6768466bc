# covers: refcount of an argument passed through a bound-method call and an unbound call
import sys
class C:
    def take(self, o):
        return sys.getrefcount(o)
c = C()
obj = []
print("c.take(obj)", c.take(obj))
print("C.take(c, obj)", C.take(c, obj))
m = c.take
print("m(obj)", m(obj))
