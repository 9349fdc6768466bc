# covers: lesson "Reference counting", snippet countingReferences (content/lessons/03-reference-counting.mdx)
import sys

data = []
print(sys.getrefcount(data))
alias = data
print(sys.getrefcount(data))
holder = [data, data]
print(sys.getrefcount(data))
del alias
print(sys.getrefcount(data))
holder.clear()
print(sys.getrefcount(data))
