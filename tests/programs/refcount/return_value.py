# covers: a returned fresh object has only the caller's references; returning a global adds none
import sys
G = []
def fresh():
    return []
def glob():
    return G
r = fresh()
print("fresh returned", sys.getrefcount(r))
print("fresh temporary", sys.getrefcount(fresh()))
g = glob()
print("global returned", sys.getrefcount(G))
print("call temporary", sys.getrefcount(glob()))
