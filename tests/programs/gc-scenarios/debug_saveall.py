# covers: gc.set_debug(gc.DEBUG_SAVEALL) keeps what a collection found unreachable in gc.garbage instead of freeing it
import gc
gc.collect()
print("debug flags", gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
x = []
x.append(x)
del x
print("collected", gc.collect(), "garbage", len(gc.garbage), type(gc.garbage[0]).__name__)
print("kept alive", gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage[0].clear()
gc.garbage.clear()
print("cleared", gc.garbage, gc.collect())
