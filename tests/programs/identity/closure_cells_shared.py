# covers: two closures from one call share captured objects; separate calls do not
def make():
    data = []
    def a():
        return data
    def b():
        return data
    return a, b
a1, b1 = make()
a2, b2 = make()
print(a1() is b1(), a1() is a2(), a1 is a2)
print(make()[0]() is make()[0]())
