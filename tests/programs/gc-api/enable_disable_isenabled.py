# covers: gc.isenabled/disable/enable round trip; collect works while disabled
import gc
gc.collect()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
x = []
x.append(x)
del x
print("manual collect while disabled:", gc.collect())
gc.enable()
print(gc.isenabled())
