# covers: uncaught NameError at module level after some output
print("before")
x = 1
print(y)
