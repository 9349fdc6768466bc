# covers: KeyError with a tuple key: the message shows the tuple
d = {(1, 2): "x"}
print(d[(1, 2)])
d[(2, 1)]
