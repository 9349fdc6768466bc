# covers: TypeError for a list used as a dict key (message changes in 3.14)
d = {}
d[[1, 2]] = 3
