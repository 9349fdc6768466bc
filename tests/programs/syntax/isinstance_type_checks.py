# covers: isinstance with tuples of types, bool is an int subclass, type() equality, int/float conversions
print(isinstance(True, int), isinstance(1, bool), type(True) is bool, type(True) == int)
print(isinstance(3.0, (int, float)), isinstance("s", (list, tuple)))
print(isinstance(None, type(None)), isinstance([], list), isinstance((), tuple))
print(True + True, True * 10, 3 - True, type(True + 1).__name__)
print(int("10", 2), int(-0.9), float(True), str(False))
