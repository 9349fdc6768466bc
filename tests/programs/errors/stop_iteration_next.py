# covers: next() on an exhausted iterator raises StopIteration with no message
it = iter([1])
print(next(it))
next(it)
