# covers: `is` on negative ints at and beyond -5, and big ints from separate computations
def mk(v):
    return int(str(v))
print(mk(-5) is mk(-5), mk(-6) is mk(-6))
big = 2 ** 40
print(big is 2 ** 40, big == 2 ** 40)
x = 2 ** 40
print("two folded constants merged:", big is x)
y = 2
z = y ** 40
print("computed at run time:", z is big)
