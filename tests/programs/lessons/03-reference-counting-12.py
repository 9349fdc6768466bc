# covers: lesson "Reference counting", snippet challengeCountSolved (content/lessons/03-reference-counting.mdx)
import sys

x = []
y = x
print(sys.getrefcount(x))
