# covers: lesson "Collecting by hand", snippet eventBased (content/lessons/06-collecting-by-hand.mdx)
import gc

class Job:
    def __init__(self, number):
        self.number = number
        self.me = self

gc.disable()
gc.collect()
events = ["request", "request", "request", "idle", "request", "shutdown"]
for number, event in enumerate(events):
    if event == "request":
        Job(number)
    else:
        print(event, "- collected", gc.collect())
gc.enable()
