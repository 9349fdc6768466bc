# covers: lesson "Beyond the article: finalizers, weak references and sizes", snippet weakBasics (content/lessons/08-beyond-the-article.mdx)
import weakref

class Image:
    def __init__(self, name):
        self.name = name

def gone(ref):
    print("callback: the image is gone")

photo = Image("holiday")
ref = weakref.ref(photo, gone)
print(ref() is photo)
print(weakref.getweakrefcount(photo))
del photo
print(ref())
