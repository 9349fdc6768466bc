# covers: lesson "Stack frames and heap objects", snippet articleFunc (content/lessons/02-stack-frames-and-heap-objects.mdx)
def func():
    a = 20
    b = []
    c = ""
    b.append(a)
    return b

kept = func()
print(kept)
print(kept is func())
