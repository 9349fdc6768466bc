# covers: recursion, nested function definitions, functions as values, recursive closures
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(25))
def fib_memo():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
fib = fib_memo()
print(fib(80))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["add"](2, 3), ops["mul"](2, 3))
print(sorted(ops))
