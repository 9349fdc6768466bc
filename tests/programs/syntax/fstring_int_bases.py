# covers: int format specs x, X, o, b, #, thousands separators; hex() builtin
n = 255
print(f"{n:x} {n:X} {n:o} {n:b}")
print(f"{n:#x} {n:#o} {n:#b}")
print(f"{n:08b} {n:#010x}")
print(f"{1234567:,} {1234567:_}")
print(hex(255), hex(-255), hex(0))
print(f"{-n:x} {-n:#x}")
print(f"{65:c}")
