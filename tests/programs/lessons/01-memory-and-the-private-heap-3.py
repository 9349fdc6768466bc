# covers: lesson "Memory and the private heap", snippet freedWithoutGc (content/lessons/01-memory-and-the-private-heap.mdx)
import gc

class Box:
    def __init__(self, label):
        self.label = label
        print("allocated", label)

    def __del__(self):
        print("freed", self.label)

gc.disable()
box = Box("first")
box = Box("second")
print("box now holds", box.label)
del box
print("the end")
gc.enable()
