# covers: gc.is_tracked for atomic objects: int, big int, float, str, bool, None, bytes-free types
import gc
for v in [0, 10 ** 30, 1.5, "s", "x" * 100, True, None]:
    print(repr(v)[:10], gc.is_tracked(v))
