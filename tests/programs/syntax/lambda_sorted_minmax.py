# covers: lambda, sorted with key/reverse, min/max with key and default, stable sort
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (-len(w), w)))
print(sorted([3, 1, 2], reverse=True))
print(min(words, key=len), max(words, key=len))
print(min([], default="none"), max(4, 9, 2), min("heap"))
print(sum([1, 2, 3], 10), sum(x * x for x in range(4)))
