# covers: lesson "Stack frames and heap objects", snippet atReturn (content/lessons/02-stack-frames-and-heap-objects.mdx)
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)

def work():
    temp = Noisy("temp")
    result = Noisy("result")
    print("returning")
    return result

kept = work()
print("back in the caller with", kept.name)
del kept
print("done")
