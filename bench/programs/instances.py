# instances: creation with __init__, attribute access, method calls, a linked chain
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
    def moved(self, dx):
        return Point(self.x + dx, self.y - dx)
class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next
total = 0
head = None
for i in range(40000):
    p = Point(i, -i)
    q = p.moved(3)
    total += q.norm1()
    head = Node(i, head)
    if i % 200 == 0:
        head = None
print(total)
