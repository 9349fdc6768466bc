# covers: an object referenced only from a frame unwound by an exception is finalized when the handler ends
class F:
    def __del__(self):
        print("finalized")
def boom():
    obj = F()
    return 1 // 0
try:
    boom()
except ZeroDivisionError:
    print("handling")
print("after")
