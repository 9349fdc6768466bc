# covers: class with __init__, methods, class vs instance attributes, __repr__/__str__, isinstance, type name
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, repr(p), [p], str(p))
print(p.norm1(), p.dims, Point.dims, isinstance(p, Point), type(p).__name__)
p.dims = 3
print(p.dims, Point.dims)
print(f"{p} {p!r}")
