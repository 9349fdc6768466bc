# covers: TypeError calling a list
items = [1, 2]
items()
