# covers: lesson "Reference counting", snippet cachesAndInterning (content/lessons/03-reference-counting.mdx)
import sys

a = int("256")
b = int("256")
print(a == b, a is b)

c = int("257")
d = int("257")
print(c == d, c is d)

e = int("-5")
f = int("-5")
print(e is f)

g = int("-6")
h = int("-6")
print(g is h)

word = "heap"
built = "".join(["he", "ap"])
print(word == built, word is built)
print(sys.intern(built) is word)
