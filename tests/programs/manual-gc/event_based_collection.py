# covers: collecting after a specific event (closing a session) releases the session's cycles
import gc
gc.collect()
class Session:
    def __init__(self, name):
        self.name = name
        self.children = []
    def add(self):
        child = {"parent": self}
        self.children.append(child)
def run_session(name, n):
    s = Session(name)
    for i in range(n):
        s.add()
    return len(s.children)
for name, n in [("a", 3), ("b", 5)]:
    print(name, run_session(name, n), "collected on close:", gc.collect())
