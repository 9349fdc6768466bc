# covers: calling a generator function allocates the generator but runs no eval-breaker check (RETURN_GENERATOR comes before RESUME), so a collection that allocation schedules (3.12+) waits for the next check; a gc.collect() in between leaves it nothing to do
import gc
events = []
def cb(phase, info):
    if phase == "stop":
        events.append((info["generation"], info["collected"]))
def gen(n):
    for i in range(n):
        yield [i]
gc.collect()
keep = [[] for _ in range(14)]
gc.set_threshold(10, 9, 7)
gc.callbacks.append(cb)
v0 = gen(12)
a = gc.get_count()
b = gc.get_count()
print(a, b, events)
gc.collect()
events.clear()
keep2 = [[] for _ in range(14)]
v1 = gen(3)
print("collect", gc.collect(), events)
gc.callbacks.remove(cb)
