# covers: str.split with/without separator and maxsplit, rsplit, splitlines, join, partition
print("a,b,,c".split(","))
print("  a  b   c ".split())
print("a b c d".split(" ", 2), "a b c d".rsplit(" ", 1))
print("one\ntwo\n\nthree".splitlines())
print("-".join(["x", "y", "z"]), "".join(reversed("abc")))
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("k".partition("="))
print(", ".join(str(i) for i in range(5)))
