# covers: lesson "Collecting by hand", snippet challengeCollectStart (content/lessons/06-collecting-by-hand.mdx)
import gc

class Job:
    def __init__(self):
        self.me = self

gc.disable()
gc.collect()
for i in range(4):
    Job()
gc.enable()
print("jobs done")
