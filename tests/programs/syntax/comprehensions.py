# covers: list/dict/set comprehensions with conditions and nesting; generator expressions to builtins
print([x * x for x in range(6) if x % 2])
print([(i, j) for i in range(3) for j in range(i)])
print({k: k * 2 for k in range(4)})
print(sorted({x % 3 for x in range(10)}))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "bcd", "ef"]))
print([[r * 3 + c for c in range(3)] for r in range(2)])
print(list(x for x in "abc"), tuple(i for i in range(3)))
print(sorted((x % 4 for x in range(9)), reverse=True))
