# covers: global declarations, reading globals without declaration, shadowing by locals
total = 0
def add(n):
    global total
    total += n
def peek():
    return total
def shadow():
    total = 99
    return total
add(5); add(7)
print(total, peek(), shadow(), total)
def make_new():
    global created
    created = "yes"
make_new()
print(created)
