# covers: lesson "Trade-offs of automatic collection", snippet leakWithoutCollector (content/lessons/07-trade-offs-of-automatic-collection.mdx)
import gc

class Request:
    pass

def handle(count):
    for i in range(count):
        request = Request()
        request.me = request

gc.collect()
gc.disable()
handle(2500)
waiting_off = gc.collect()
gc.enable()
handle(2500)
waiting_on = gc.collect()
print("collector off:", waiting_off, "objects were waiting")
print("collector on:", waiting_on, "objects were waiting")
