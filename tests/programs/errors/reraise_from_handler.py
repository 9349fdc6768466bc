# covers: a bare raise inside except re-raises the original exception
try:
    [].pop()
except IndexError:
    print("cleaning up")
    raise
