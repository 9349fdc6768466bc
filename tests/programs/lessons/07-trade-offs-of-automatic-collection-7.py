# covers: lesson "Trade-offs of automatic collection", snippet quizRegistry (content/lessons/07-trade-offs-of-automatic-collection.mdx)
import gc

registry = []

class Session:
    pass

def open_session():
    session = Session()
    registry.append(session)

gc.collect()
for i in range(10):
    open_session()
print(gc.collect(), len(registry))
