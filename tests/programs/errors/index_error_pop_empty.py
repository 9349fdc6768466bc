# covers: IndexError from pop on an empty list
L = [1]
L.pop()
L.pop()
