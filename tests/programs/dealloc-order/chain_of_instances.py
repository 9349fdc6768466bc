# covers: freeing the head of a chain frees each node in turn (head's __del__ first)
class Node:
    def __init__(self, n, nxt):
        self.n = n
        self.nxt = nxt
    def __del__(self):
        print("del node", self.n)
head = None
for i in range(5):
    head = Node(i, head)
print("drop head")
head = None
print("done")
