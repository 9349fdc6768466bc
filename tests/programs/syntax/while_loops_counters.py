# covers: while loops with counters, nested loops with break, integer accumulation
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
found = None
i = 1
while i < 10 and found is None:
    j = 1
    while j < 10:
        if i * j == 42:
            found = (i, j)
            break
        j += 1
    i += 1
print(found)
