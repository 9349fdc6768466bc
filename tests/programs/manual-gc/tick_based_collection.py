# covers: collecting every N "ticks" of a simulated clock instead of relying on thresholds
import gc
gc.collect()
gc.disable()
class Job:
    pass
collected_at = []
for tick in range(1, 31):
    j = Job()
    j.me = j
    if tick % 10 == 0:
        collected_at.append((tick, gc.collect()))
gc.enable()
print(collected_at)
