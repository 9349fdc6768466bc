# recursion: a naive Fibonacci and a recursive tree build and sum
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def build(depth):
    if depth == 0:
        return None
    return [build(depth - 1), depth, build(depth - 1)]
def total(t):
    if t is None:
        return 0
    return total(t[0]) + t[1] + total(t[2])
print(fib(22))
print(total(build(14)))
