# covers: lesson "Trade-offs of automatic collection", snippet lateFinalizers (content/lessons/07-trade-offs-of-automatic-collection.mdx)
import gc

class Connection:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("closing", self.name)

gc.collect()
solo = Connection("solo")
del solo
first = Connection("first")
second = Connection("second")
first.peer = second
second.peer = first
del first, second
print("names deleted")
print("collected", gc.collect())
print("garbage left:", gc.garbage)
