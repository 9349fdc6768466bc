# covers: arbitrary-precision ints: powers, factorial loop, negative big ints, str/int round trip, bit operations
print(2 ** 100)
print(-(2 ** 64) + 1)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(len(str(3 ** 200)))
print(int("123456789012345678901234567890") + 1)
print((2 ** 70) // 3, (2 ** 70) % 1000)
print((1 << 80) >> 78, (2 ** 65) & 0xFFFF, (2 ** 65) | 1)
print(-(10 ** 20) // 7, -(10 ** 20) % 7)
print(hex(2 ** 64), 2 ** 64 == 18446744073709551616)
