# covers: storing a caught exception in a local of the frame that handles it creates a frame <-> traceback cycle
import gc
gc.collect()
class Mark:
    def __del__(self):
        print("mark freed")
def f():
    m = Mark()
    try:
        raise ValueError("x")
    except ValueError as e:
        saved = e
    return 0
f()
print("after call")
print("cycle collected:", gc.collect() > 0)
