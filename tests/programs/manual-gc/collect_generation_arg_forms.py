# covers: gc.collect(generation=...) keyword and positional forms return equal counts
import gc
gc.collect()
def make():
    x = []
    x.append(x)
make()
print(gc.collect(generation=0))
make()
print(gc.collect(2))
make()
print(gc.collect(generation=2))
