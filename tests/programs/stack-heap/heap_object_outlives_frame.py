# covers: an object created in a frame and stored in a global list outlives the frame
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
registry = []
def register():
    t = T("registered")
    registry.append(t)
    tmp = T("temporary")
register()
print("after register")
registry.pop()
print("after pop")
