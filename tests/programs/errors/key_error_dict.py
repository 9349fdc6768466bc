# covers: KeyError for a missing str key (repr of the key in the message)
d = {"a": 1}
print(d["a"])
print(d["missing"])
