# covers: print with sep and end keywords, empty print, printing multiple types
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" continued")
print(1, 2, sep="")
print("x", end="|\n")
print()
print(*[1, 2, 3], sep=", ")
print("tab", "sep", sep="\t")
