# covers: lesson "Reference counting", snippet quizTags (content/lessons/03-reference-counting.mdx)
class Tag:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)

a = Tag("a")
b = a
a = Tag("b")
print("rebound")
del b
print("deleted b")
a = None
print("end")
