# covers: floor division and modulo with negative operands; divmod-like pairs; float floor division
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (-1, 10)]:
    print(a, b, a // b, a % b)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(-7 / 2, 7 / -2, 6 / 3)
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2)
print(abs(-5), abs(-2.5), abs(0))
