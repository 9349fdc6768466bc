# covers: RecursionError unwinding frees every level's local object
count = [0]
class T:
    def __del__(self):
        count[0] += 1
def dive():
    t = T()
    dive()
try:
    dive()
except RecursionError:
    print("caught; freed so far ok:", count[0] >= 0)
print("all freed after handler:", count[0] > 100)
