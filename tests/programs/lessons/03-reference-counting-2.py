# covers: lesson "Reference counting", snippet bindingVersusValue (content/lessons/03-reference-counting.mdx)
x = 10
y = x
print(x is y)

big = 10 ** 6
copy = big
print(big is copy)

parsed = int("1000000")
print(parsed == big, parsed is big)

small = int("10")
print(small == x, small is x)
