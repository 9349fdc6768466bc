# covers: str * int, str.format with positions/names/specs (a str method), str concatenation in loops
print("ab" * 3, "-" * 0 == "", 3 * "x")
print("{} {}".format(1, 2), "{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>6.2f}|{:<4d}|{:^5}".format(3.14159, 7, "c"))
s = ""
for i in range(5):
    s += str(i) * i
print(s, len(s))
print("a" "b" 'c', "x" + "y" * 2)
