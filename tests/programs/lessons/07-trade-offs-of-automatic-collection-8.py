# covers: lesson "Trade-offs of automatic collection", snippet quizLateClose (content/lessons/07-trade-offs-of-automatic-collection.mdx)
import gc

class Conn:
    def __init__(self, name):
        self.name = name
        self.peer = self

    def __del__(self):
        print("closing", self.name)

gc.collect()
gc.disable()
c = Conn("db")
del c
print("deleted")
gc.collect()
print("collected")
gc.enable()
