# covers: float precision, int/float equality and hashing, large float to int, overflow to inf, subnormals
print(2 ** 53 + 1 == float(2 ** 53 + 1), float(2 ** 53 + 1))
print(int(1e20), int(-1e20), int(1.5e16))
print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(False))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(10 / 3, 10 // 3.0, 10 % 3.5, -10 % 3)
print(1e308 * 10, -1e308 * 10, 5e-324, 5e-324 / 2)
