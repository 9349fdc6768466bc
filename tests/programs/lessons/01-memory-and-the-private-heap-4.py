# covers: lesson "Memory and the private heap", snippet quizRebind (content/lessons/01-memory-and-the-private-heap.mdx)
a = [1, 2]
b = a
a = a + [3]
print(b)
print(a is b)
