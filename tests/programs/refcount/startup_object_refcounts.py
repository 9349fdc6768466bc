# covers: sys.getrefcount of CPython's own objects: before immortal objects (3.10/3.11) the counts start-up leaves on True, False, '', small ints, one-character strings and the built-in types, and what importing gc and weakref adds; from 3.12 they are immortal. (The values are computed, not written as literals: in 3.10/3.11 the main module's syntax tree holds a reference per literal while it runs.)
import sys
r = sys.getrefcount
n = int("300")
print("start", r(True), r(False), r(str()))
print("small ints", [r(v) for v in range(int("-5"), int("0"))], [r(v) for v in range(int("2"), int("12"))], r(int("200")), r(n - int("44")))
print("chars", r(chr(int("97"))), r(chr(int("46"))), r(chr(int("10"))), r(chr(int("200"))))
print("types", r(object), r(int), r(str), r(list), r(dict), r(tuple), r(ValueError), r(KeyError))
import gc
print("after gc", r(False), r(str()))
import weakref
print("after weakref", r(True), r(False), r(str()), r(int("-1")), r(int("2")))
