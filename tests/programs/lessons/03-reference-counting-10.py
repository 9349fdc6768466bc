# covers: lesson "Reference counting", snippet quizImmortalTrue (content/lessons/03-reference-counting.mdx)
import sys

flag = True
before = sys.getrefcount(flag)
flags = [flag] * 10
print(sys.getrefcount(flag) - before)
