# covers: constant merging across different functions of one module
def f():
    return 99999
def g():
    return 99999
def h():
    return "not an identifier!"
def k():
    return "not an identifier!"
print("int constants:", f() is g())
print("str constants:", h() is k())
print("same function twice:", f() is f())
def big():
    return 2 ** 70
print("folded big constant:", big() is big())
