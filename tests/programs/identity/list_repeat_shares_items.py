# covers: [x] * n repeats references to one object; a comprehension makes new objects
rows = [[]] * 3
rows[0].append(1)
print(rows, rows[0] is rows[2])
fresh = [[] for i in range(3)]
fresh[0].append(1)
print(fresh, fresh[0] is fresh[2])
