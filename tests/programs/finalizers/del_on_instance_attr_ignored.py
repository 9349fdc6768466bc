# covers: __del__ set on the instance (not the class) is not called
class C:
    pass
c = C()
c.__del__ = lambda: print("never")
del c
print("done, nothing printed")
