# covers: lesson "Stack frames and heap objects", snippet quizFrameRefs (content/lessons/02-stack-frames-and-heap-objects.mdx)
def keep(obj):
    inside = obj
    return len(inside)

data = [1, 2]
size = keep(data)
print(size)
