# covers: lesson "Beyond the article: finalizers, weak references and sizes", snippet overAllocation (content/lessons/08-beyond-the-article.mdx)
import sys

items = []
last = sys.getsizeof(items)
print("length", 0, "size", last)
for i in range(20):
    items.append(i)
    size = sys.getsizeof(items)
    if size != last:
        print("length", len(items), "size", size)
        last = size
