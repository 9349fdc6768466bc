# covers: ValueError from unpacking too many values (message differs in 3.14)
a, b = [1, 2, 3]
