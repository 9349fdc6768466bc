# covers: lesson "Stack frames and heap objects", snippet callReferences (content/lessons/02-stack-frames-and-heap-objects.mdx)
import sys

def inner(obj):
    return sys.getrefcount(obj)

def outer(obj):
    return inner(obj)

data = []
print(sys.getrefcount(data))
print(inner(data))
print(outer(data))
