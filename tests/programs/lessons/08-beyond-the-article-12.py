# covers: lesson "Beyond the article: finalizers, weak references and sizes", snippet quizShallow (content/lessons/08-beyond-the-article.mdx)
import sys

inner = list(range(100))
outer = [inner]
print(sys.getsizeof(outer) < sys.getsizeof(inner))
