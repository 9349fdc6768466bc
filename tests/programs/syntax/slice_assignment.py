# covers: slice assignment that grows/shrinks lists, extended slice assignment, del with slices
L = list(range(8))
L[2:4] = ["a", "b", "c"]
print(L)
L[:0] = [-1]
print(L)
L[::2] = [None] * 5
print(L)
del L[1:3]
print(L)
del L[::2]
print(L)
L[len(L):] = [9, 9]
print(L)
try:
    L[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
