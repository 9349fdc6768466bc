# covers: lesson "Memory and the private heap", snippet namesAndObjects (content/lessons/01-memory-and-the-private-heap.mdx)
first = [1, 2, 3]
second = first
second.append(4)
print(first)
print(first is second)

third = [1, 2, 3, 4]
print(first == third)
print(first is third)
