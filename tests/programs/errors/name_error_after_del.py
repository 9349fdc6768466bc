# covers: using a name after del raises NameError (uncaught)
data = [1, 2]
del data
print("deleted")
print(len(data))
