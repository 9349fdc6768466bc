# covers: gc.is_tracked argument errors (messages)
import gc
try:
    gc.is_tracked()
except TypeError as e:
    print(e)
try:
    gc.is_tracked(1, 2)
except TypeError as e:
    print(e)
