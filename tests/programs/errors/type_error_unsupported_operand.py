# covers: TypeError for list minus list
print([1, 2] - [1])
