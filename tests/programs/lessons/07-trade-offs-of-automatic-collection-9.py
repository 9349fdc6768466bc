# covers: lesson "Trade-offs of automatic collection", snippet quizCachedPages (content/lessons/07-trade-offs-of-automatic-collection.mdx)
import gc

cache = []

class Page:
    pass

def render():
    page = Page()
    page.me = page
    cache.append(page)

gc.collect()
render()
render()
temp = Page()
temp.me = temp
del temp
gc.collect()
print(len(cache))
