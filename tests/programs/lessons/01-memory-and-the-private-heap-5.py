# covers: lesson "Memory and the private heap", snippet quizTwoLists (content/lessons/01-memory-and-the-private-heap.mdx)
first = [1, 2, 3]
second = first
third = [1, 2, 3]
print(first == third)
