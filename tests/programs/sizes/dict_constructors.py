# covers: dict sizes built by literal, dict(zip()), comprehension, dict(**kw) and copy
import sys
print("literal 3", sys.getsizeof({"a": 1, "b": 2, "c": 3}))
print("literal 3 int", sys.getsizeof({1: 1, 2: 2, 3: 3}))
print("zip 3", sys.getsizeof(dict(zip("abc", range(3)))))
print("comp 3", sys.getsizeof({k: 0 for k in "abc"}))
print("kw 3", sys.getsizeof(dict(a=1, b=2, c=3)))
for n in [5, 6, 10, 11, 20, 22, 40, 43]:
    d = {i: 0 for i in range(n)}
    print(n, sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
