# covers: and/or return operands, not, truthiness of containers/numbers/None/strings
print(0 or "x", "" or [], 3 and 4, 0 and 4, None or 0)
print(not 0, not [], not [0], not "", not " ")
for v in [0, 0.0, "", [], (), {}, set(), None, 1, -1, "0", [0], (None,)]:
    print(repr(v), bool(v))
