# covers: float repr is the shortest round-tripping string; str(float) equals repr
print(0.1 + 0.2)
print(repr(0.1 + 0.2), str(0.1 + 0.2))
print(1.0, 2.5, -0.0, 1/3, 2/3)
print(0.1 * 3, 1.1 * 1.1)
print(100.0, 1e15, 1e16, 1.5e16, 123456789012345678.0)
print(1e-4, 1e-5, 0.00012345)
print(float("inf"), float("-inf"), float("nan"))
print(int(2.9), int(-2.9), float(7), 7 / 7)
