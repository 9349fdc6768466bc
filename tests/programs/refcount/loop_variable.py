# covers: the loop variable holds one reference to the current item; it keeps the last item after the loop
import sys
items = [[], [], []]
seen = []
for it in items:
    seen.append(sys.getrefcount(it))
print("in loop", seen)
print("last item after loop", sys.getrefcount(items[-1]), sys.getrefcount(items[0]))
del it
print("after del", sys.getrefcount(items[-1]))
def in_func(lst):
    out = []
    for e in lst:
        out.append(sys.getrefcount(e))
    return out
print("in function", in_func(items))
