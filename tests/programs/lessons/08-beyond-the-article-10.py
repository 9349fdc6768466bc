# covers: lesson "Beyond the article: finalizers, weak references and sizes", snippet quizWeakRef (content/lessons/08-beyond-the-article.mdx)
import weakref

class Photo:
    pass

photo = Photo()
ref = weakref.ref(photo)
other = photo
del photo
print(ref() is other)
del other
print(ref())
