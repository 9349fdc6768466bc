# covers: lesson "Stack frames and heap objects", snippet quizReturnOrder (content/lessons/02-stack-frames-and-heap-objects.mdx)
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)

def make():
    local = Noisy("local")
    kept = Noisy("kept")
    return kept

result = make()
print("returned")
del result
print("end")
