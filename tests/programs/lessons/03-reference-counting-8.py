# covers: lesson "Reference counting", snippet quizArrows (content/lessons/03-reference-counting.mdx)
first = [1, 2]
second = first
pair = [first, second]
del second
print(len(pair))
