# covers: lesson "Beyond the article: finalizers, weak references and sizes", snippet shallowSize (content/lessons/08-beyond-the-article.mdx)
import sys

words = ["memory" * 100, "heap" * 100]
print(sys.getsizeof(words))
print(sys.getsizeof(words[0]), sys.getsizeof(words[1]))
total = sys.getsizeof(words)
for word in words:
    total += sys.getsizeof(word)
print(total)
