# covers: for/else, while/else, break and continue semantics
for n in range(2, 12):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "prime")
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("never")
while False:
    pass
else:
    print("while-else ran")
