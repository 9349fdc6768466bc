# covers: float format specs .2f, .3e, %, g, width + precision, rounding half-even of binary floats
x = 3.14159265
print(f"{x:.2f} {x:.0f} {x:10.3f}| {x:<10.1f}|")
print(f"{x:.3e} {x:e}")
print(f"{0.256:.1%} {1/3:.3%}")
print(f"{1234567.891:,.2f}")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f}")
print(f"{1e20:g} {1e-5:g} {123456789.0:g} {0.0001:g}")
print(f"{x:g} {100.0:g}")
