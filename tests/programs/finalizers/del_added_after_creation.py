# covers: __del__ assigned to the class after instances exist is still found at deallocation
class C:
    pass
c = C()
def fin(self):
    print("late __del__")
C.__del__ = fin
del c
print("done")
