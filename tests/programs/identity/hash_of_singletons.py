# covers: hash() of None, Ellipsis and NotImplemented; None's hash is a constant from 3.12 (its address before)
print(hash(None) == 0xFCA86420, hash(None) == hash(None))
print(hash((None, 1)) == hash((None, 1)), hash((None, 1)) == -439879632793865346)
d = {None: "none", ...: "ellipsis", NotImplemented: "not implemented"}
print(d[None], d[...], d[NotImplemented])
print(len({None, ..., NotImplemented, None, ...}))
print(hash(...) == hash(...), hash(NotImplemented) == hash(NotImplemented))
