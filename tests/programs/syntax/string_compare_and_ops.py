# covers: string comparison, ordering, membership, repetition, and case methods
words = ["beta", "Alpha", "alpha", "Beta", "gamma"]
print(sorted(words))
print(sorted(words, key=str.lower))
print("abc" < "abd" < "b", "a" * 3 == "aaa", "ab" in "cabd")
print("Hello".lower() == "hello", "ß".upper(), "İ".lower() == "i̇")
print(max(words), min(words), len("".join(words)))
