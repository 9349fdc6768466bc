# covers: lesson "Memory and the private heap", snippet challengeAliasSolved (content/lessons/01-memory-and-the-private-heap.mdx)
original = [1, 2, 3]
copy = original
copy.append(4)
print(len(original))
