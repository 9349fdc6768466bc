# covers: lesson "Memory and the private heap", snippet challengeAliasStart (content/lessons/01-memory-and-the-private-heap.mdx)
original = [1, 2, 3]
copy = list(original)
copy.append(4)
print(len(original))
