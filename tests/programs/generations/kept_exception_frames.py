# covers: an exception kept after its handler returns keeps its traceback's frame objects; when such a frame object outlives its frame, 3.11+ creates the caller's frame object too (take_ownership's f_back); calling an exception class allocates one args tuple
import gc
def raiser():
    raise ValueError(1)
def keep_exc():
    try:
        raiser()
    except ValueError as e:
        return e
gc.collect()
gc.get_count()
a0 = gc.get_count()[0]
v2 = keep_exc()
a1 = gc.get_count()[0]
v2 = None
a = gc.get_count()[0]
try:
    v5
except NameError:
    b1 = gc.get_count()[0]
b = gc.get_count()[0]
e = KeyError("k")
c = gc.get_count()[0]
print(a1 - a0, a - a1, b1 - a, b - b1, c - b, e.args)
