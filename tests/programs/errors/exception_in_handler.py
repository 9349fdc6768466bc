# covers: an exception raised inside an except block: the new one is the one reported
try:
    1 / 0
except ZeroDivisionError:
    print("handling")
    {}["k"]
