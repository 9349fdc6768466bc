# covers: gc.garbage is a list that the program can inspect and that stays empty after ordinary cycles
import gc
print(type(gc.garbage).__name__, gc.garbage)
class F:
    def __del__(self):
        pass
f = F()
f.me = f
del f
gc.collect()
print(gc.garbage, len(gc.garbage))
