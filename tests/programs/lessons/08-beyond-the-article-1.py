# covers: lesson "Beyond the article: finalizers, weak references and sizes", snippet finalizerOrder (content/lessons/08-beyond-the-article.mdx)
import gc
import weakref

class Resource:
    def __init__(self, name):
        self.name = name
        self.me = None

    def __del__(self):
        print("__del__ of", self.name)

def callback(ref):
    print("weakref callback")

plain = Resource("plain")
r1 = weakref.ref(plain, callback)
del plain

gc.collect()
looped = Resource("looped")
looped.me = looped
r2 = weakref.ref(looped, callback)
del looped
print("collected", gc.collect())
