# covers: KeyError with an int key raised by dict.pop
d = {}
d.pop(7)
