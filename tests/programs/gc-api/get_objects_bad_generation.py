# covers: gc.get_objects with an invalid generation raises ValueError
import gc
for g in [-1, 3]:
    try:
        gc.get_objects(g)
    except ValueError as e:
        print(g, e)
