# covers: lesson "Stack frames and heap objects", snippet challengeKeepStart (content/lessons/02-stack-frames-and-heap-objects.mdx)
class Token:
    pass

made = []

def work():
    token = Token()
    return None

work()
print(len(made))
