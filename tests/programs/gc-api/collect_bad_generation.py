# covers: gc.collect with generation out of range raises ValueError
import gc
for g in [3, -1, 10]:
    try:
        gc.collect(g)
    except ValueError as e:
        print(g, e)
