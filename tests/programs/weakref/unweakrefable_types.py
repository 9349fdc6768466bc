# covers: ints, strs, tuples, lists and dicts cannot be weakly referenced (TypeError messages)
import weakref
for obj in [1, "s", (1,), [1], {1: 2}, None]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print(e)
