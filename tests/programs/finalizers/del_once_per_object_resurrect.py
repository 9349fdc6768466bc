# covers: resurrection in __del__ under refcounting; __del__ is not called again when the object dies later (PEP 442)
saved = []
class R:
    def __del__(self):
        print("__del__ called")
        saved.append(self)
r = R()
del r
print("resurrected:", len(saved))
saved.clear()
print("dropped again")
