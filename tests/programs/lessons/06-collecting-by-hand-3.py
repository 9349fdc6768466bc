# covers: lesson "Collecting by hand", snippet timeBased (content/lessons/06-collecting-by-hand.mdx)
import gc

class Job:
    def __init__(self, number):
        self.number = number
        self.me = self

gc.disable()
gc.collect()
clock = 0
last_run = 0
interval = 5
for number in range(12):
    clock += 1
    Job(number)
    if clock - last_run >= interval:
        print("t =", clock, "collected", gc.collect())
        last_run = clock
gc.enable()
