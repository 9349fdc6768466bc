# covers: lesson "Beyond the article: finalizers, weak references and sizes", snippet resurrection (content/lessons/08-beyond-the-article.mdx)
saved = []

class Phoenix:
    def __del__(self):
        print("__del__ runs")
        saved.append(self)

bird = Phoenix()
del bird
print("saved:", len(saved))
saved.clear()
print("cleared; __del__ did not run again")
