# covers: lesson "Trade-offs of automatic collection", snippet forgottenCache (content/lessons/07-trade-offs-of-automatic-collection.mdx)
import gc

cache = []

class Page:
    pass

def render(number):
    page = Page()
    cache.append(page)
    return number

gc.collect()
for number in range(100):
    render(number)
print("collected:", gc.collect())
print("pages still in memory:", len(cache))
