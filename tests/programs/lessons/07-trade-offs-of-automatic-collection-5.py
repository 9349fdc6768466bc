# covers: lesson "Trade-offs of automatic collection", snippet collectionMidway (content/lessons/07-trade-offs-of-automatic-collection.mdx)
import gc

class Temp:
    def __init__(self):
        self.me = self

    def __del__(self):
        log.append("a Temp was finalized")

log = []
gc.collect()
for i in range(3):
    Temp()
log.append("building a report")
report = [[i] for i in range(2500)]
log.append("report done")
for line in log:
    print(line)
