# covers: a cycle where only some members have __del__; all are collected; order of finalizer calls
import gc
gc.collect()
class Plain:
    pass
class Fin:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("fin", self.n)
p = Plain()
f1 = Fin(1)
f2 = Fin(2)
p.x = f1
f1.y = f2
f2.z = p
del p, f1, f2
print("collect", gc.collect())
