# covers: sets are tracked even when empty or holding only atomic items
import gc
print(gc.is_tracked(set()), gc.is_tracked({1, 2}), gc.is_tracked({"a"}))
print(gc.is_tracked(set(range(3))))
