# covers: an exception instance keeps references to its args; the traceback keeps the frame's locals
import sys
payload = []
before = sys.getrefcount(payload)
err = ValueError(payload)
print("in args", sys.getrefcount(payload) - before)
del err
print("exception dropped", sys.getrefcount(payload) - before)
def fail(p):
    local = p
    raise KeyError("k")
try:
    fail(payload)
except KeyError as e:
    caught = e
print("traceback keeps frame locals", sys.getrefcount(payload) - before)
del caught
print("exception dropped", sys.getrefcount(payload) - before)
