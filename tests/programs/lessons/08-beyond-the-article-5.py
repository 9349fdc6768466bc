# covers: lesson "Beyond the article: finalizers, weak references and sizes", snippet weakCache (content/lessons/08-beyond-the-article.mdx)
import weakref

class Page:
    def __init__(self, url):
        self.url = url

cache = {}

def fetch(url):
    ref = cache.get(url)
    page = ref() if ref is not None else None
    if page is None:
        print("loading", url)
        page = Page(url)
        cache[url] = weakref.ref(page)
    return page

a = fetch("/home")
b = fetch("/home")
print(a is b)
del a, b
c = fetch("/home")
