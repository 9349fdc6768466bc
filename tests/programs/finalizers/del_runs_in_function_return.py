# covers: finalizers of a function's local objects run before the call expression returns its value
class F:
    def __del__(self):
        print("local freed")
def f():
    x = F()
    return "value"
print("got", f())
