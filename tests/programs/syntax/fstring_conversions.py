# covers: f-string conversions !r and !s, and the = self-documenting form
s = "it's"
t = 'say "hi"'
print(f"{s!r} {s!s} {s}")
print(f"{t!r}")
x = [1, "a", None]
print(f"{x!r} {x}")
value = 3 * 7
print(f"{value=}")
print(f"{value = }")
print(f"{'nested'!r:>12}|")
