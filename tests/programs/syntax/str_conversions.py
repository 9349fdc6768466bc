# covers: str()/repr() of nested containers, strings with quotes, escapes, unicode; int() parsing forms
print(str([1, "a", (2,), {"k": None}]))
print(repr("tab\there"), repr("new\nline"), repr("q'"), repr('q"'), repr("both'\""))
print(repr("é"), repr("\x00"), repr("\u20ac"), len("\U0001F600"))
print(int(" 42 "), int("-7"), int("1_000"), int("ff", 16), int("0b101", 0), int(3.99))
print(str(True), str(None), repr(1.0), str(-0.0), str(10**20), str(1e300 * 10))
print(bool("False"), float("  1.5 "), float("1e3"), int(True))
print(repr(""), repr(()), repr([]), repr({}), repr(set()))
