# covers: lesson "Beyond the article: finalizers, weak references and sizes", snippet slottedPoint (content/lessons/08-beyond-the-article.mdx)
import sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class SlottedPoint:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
s = SlottedPoint(1, 2)
print("Point:", sys.getsizeof(p))
print("SlottedPoint:", sys.getsizeof(s))
print("has a __dict__:", hasattr(p, "__dict__"), hasattr(s, "__dict__"))
print("Point's __dict__:", sys.getsizeof(p.__dict__))
try:
    s.z = 3
except AttributeError as error:
    print("s.z = 3:", error)
