# covers: an exception raised in __del__ is printed to stderr and ignored; the program continues
class Bad:
    def __del__(self):
        print("in __del__")
        raise ValueError("ignored")
b = Bad()
del b
print("still running")
