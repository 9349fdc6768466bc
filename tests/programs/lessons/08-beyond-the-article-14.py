# covers: lesson "Beyond the article: finalizers, weak references and sizes", snippet challengeWeakSolved (content/lessons/08-beyond-the-article.mdx)
import weakref

class Page:
    pass

cache = {}
page = Page()
cache["home"] = weakref.ref(page)
del page
print("dropped")
