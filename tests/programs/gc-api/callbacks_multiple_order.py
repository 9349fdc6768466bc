# covers: several callbacks run in list order for start and for stop
import gc
log = []
def a(phase, info):
    log.append("a-" + phase)
def b(phase, info):
    log.append("b-" + phase)
gc.callbacks.extend([a, b])
gc.collect()
gc.callbacks.clear()
print(log)
gc.collect()
print(len(log))
