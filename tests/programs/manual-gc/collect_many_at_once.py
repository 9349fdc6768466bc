# covers: garbage from many separate cycles is counted together by one collect()
import gc
gc.collect()
for i in range(250):
    x = [i]
    x.append(x)
del x
print(gc.collect())
