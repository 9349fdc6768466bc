# covers: lesson "Reference counting", snippet articleExample (content/lessons/03-reference-counting.mdx)
x = 10
y = x

if id(x) == id(y):
    print("x and y refer to the same object")
