# covers: lesson "Beyond the article: finalizers, weak references and sizes", snippet quizCallbackOrder (content/lessons/08-beyond-the-article.mdx)
import weakref

class Res:
    def __del__(self):
        print("__del__")

def gone(ref):
    print("callback")

r = Res()
w = weakref.ref(r, gone)
del r
print("end")
