# covers: a dict starts with str-only key layout and switches when a non-str key is inserted
import sys
d = {"a": 1, "b": 2}
print("str keys", sys.getsizeof(d))
d[3] = 3
print("added int key", sys.getsizeof(d))
e = {1: 1, 2: 2}
print("int keys", sys.getsizeof(e))
e["s"] = 0
print("added str key", sys.getsizeof(e))
print("empty", sys.getsizeof({}), sys.getsizeof(dict()))
