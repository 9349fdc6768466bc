# covers: an uncaught NameError suggests the closest local, global or builtin name ("Did you mean")
def average(values):
    total = 0
    for v in values:
        total += v
    return totl / len(values)
print("start")
average([1, 2, 3])
