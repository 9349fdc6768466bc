# covers: a set holds one reference per element; adding a duplicate adds none; discard releases it
import sys
t = (1, "pair")
u = t
s = {t}
print("in set", sys.getrefcount(t))
s.add(u)
print("add same again", sys.getrefcount(t), len(s))
fs = set([t, t, t])
print("second set", sys.getrefcount(t))
s.discard(t)
print("discarded", sys.getrefcount(t))
fs.clear()
print("cleared", sys.getrefcount(t))
