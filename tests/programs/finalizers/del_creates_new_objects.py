# covers: __del__ may create new objects and append to a global list; those survive
log = []
class F:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        log.append([self.n, "finalized"])
for i in range(3):
    F(i)
print(log)
