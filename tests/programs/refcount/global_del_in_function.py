# covers: a function deleting and rebinding a global changes the object's refcount
import sys
target = []
keep = target
def drop():
    global target
    del target
def rebind():
    global target
    target = keep
print(sys.getrefcount(keep))
drop()
print("after del global", sys.getrefcount(keep))
rebind()
print("after rebind", sys.getrefcount(keep))
