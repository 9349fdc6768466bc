# covers: IndexError from string indexing
s = "abc"
print(s[-3])
print(s[-4])
