# covers: lesson "Reference counting", snippet quizDictCount (content/lessons/03-reference-counting.mdx)
import sys

items = []
index = {"first": items, "second": items}
other = items
print(sys.getrefcount(items))
