# covers: isdigit/isalpha/isalnum/isspace/isupper/islower, zfill, center, ljust, rjust, in
for s in ["123", "abc", "a1", "   ", "ABC", "abc1", ""]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower())
print("42".zfill(5), "-42".zfill(5), "ab".center(6, "*"), "ab".ljust(4, "."), "ab".rjust(4, "."))
print("ea" in "heap", "x" not in "heap", "" in "heap")
