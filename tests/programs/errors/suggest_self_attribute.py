# covers: in a method, a bare name that is an attribute of self is suggested as self.name (3.12+); 3.10/3.11 suggest the closest name
class Counter:
    def __init__(self):
        self.count = 0
    def bump(self):
        return count + 1
Counter().bump()
