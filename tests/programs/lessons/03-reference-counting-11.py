# covers: lesson "Reference counting", snippet challengeCountStart (content/lessons/03-reference-counting.mdx)
import sys

x = []
print(sys.getrefcount(x))
