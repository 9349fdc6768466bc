# covers: relative order of gc callbacks start/stop and __del__ calls within one collection
import gc
gc.collect()
class F:
    def __del__(self):
        print("  __del__")
def cb(phase, info):
    print("callback", phase, info["generation"])
f = F()
f.me = f
del f
gc.callbacks.append(cb)
n = gc.collect()
gc.callbacks.remove(cb)
print("collected", n)
