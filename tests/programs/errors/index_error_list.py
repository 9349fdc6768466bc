# covers: IndexError from list indexing past the end
L = [1, 2, 3]
print(L[2])
print(L[3])
