# covers: a nested object is referenced once by its container, not by the outer container
import sys
inner = []
mid = [inner]
outer = [mid, mid]
print("inner", sys.getrefcount(inner), "mid", sys.getrefcount(mid))
del mid
print("mid name dropped", sys.getrefcount(inner), sys.getrefcount(outer[0]))
outer.pop()
print("one slot dropped", sys.getrefcount(inner), sys.getrefcount(outer[0]))
outer.clear()
print("outer cleared", sys.getrefcount(inner))
