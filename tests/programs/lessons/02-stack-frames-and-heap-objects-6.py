# covers: lesson "Stack frames and heap objects", snippet quizSharedZero (content/lessons/02-stack-frames-and-heap-objects.mdx)
a = [0] * 5
print(a[0] is a[4])
a[0] = 9
print(a.count(0))
