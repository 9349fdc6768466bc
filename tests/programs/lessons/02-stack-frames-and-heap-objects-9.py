# covers: lesson "Stack frames and heap objects", snippet challengeKeepSolved (content/lessons/02-stack-frames-and-heap-objects.mdx)
class Token:
    pass

made = []

def work():
    token = Token()
    made.append(token)
    return None

work()
print(len(made))
