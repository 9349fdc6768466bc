# lists: literals, append, comprehension, slicing, in a loop that keeps and drops them
total = 0
keep = []
for i in range(60000):
    row = [i, i + 1, i + 2]
    row.append(i * 2)
    squares = [x * x for x in row]
    total += squares[-1] - len(row[1:])
    if i % 10 == 0:
        keep.append(row)
    if len(keep) > 500:
        keep = []
print(total, len(keep))
