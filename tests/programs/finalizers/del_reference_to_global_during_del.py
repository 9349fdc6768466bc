# covers: __del__ reading globals and other live objects works normally under refcounting
registry = {"count": 0}
class F:
    def __del__(self):
        registry["count"] += 1
for i in range(5):
    x = F()
del x
print(registry)
