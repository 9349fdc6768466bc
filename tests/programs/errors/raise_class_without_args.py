# covers: raising an exception class (not instance) with no message; the last traceback line is just the name
print("about to raise")
raise RuntimeError
