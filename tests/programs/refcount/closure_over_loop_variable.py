# covers: closures created in a loop each capture the same cell; refcount of the last value held by the cell
import sys
def make():
    fns = []
    for item in [[], [], []]:
        fns.append(lambda: item)
    return fns
fs = make()
last = fs[0]()
print("all share the last item:", fs[1]() is last, fs[2]() is last)
print("refs to last:", sys.getrefcount(last))
