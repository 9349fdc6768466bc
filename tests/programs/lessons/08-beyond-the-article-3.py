# covers: lesson "Beyond the article: finalizers, weak references and sizes", snippet closeWithWith (content/lessons/08-beyond-the-article.mdx)
import gc

class Connection:
    def __init__(self, name):
        self.name = name
        self.is_open = True
        self.me = self  # a cycle: reference counting alone never frees it

    def close(self):
        if self.is_open:
            self.is_open = False
            print("closed", self.name)

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()
        return False

gc.disable()
left = Connection("left to __del__")
del left
print("deleted the first connection")
with Connection("closed by with") as conn:
    print("using", conn.name)
print("after the with block")
print("collect:", gc.collect())
