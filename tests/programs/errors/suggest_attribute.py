# covers: an uncaught AttributeError suggests the closest attribute of the object
import gc
items = [3, 1, 2]
items.sort()
print(items)
items.apend(4)
