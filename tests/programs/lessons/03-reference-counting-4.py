# covers: lesson "Reference counting", snippet freedAtZero (content/lessons/03-reference-counting.mdx)
class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)

report = Resource("report")
backup = report
print("deleting report")
del report
print("deleting backup")
del backup
print("rebinding a name")
current = Resource("draft")
current = Resource("final")
print("emptying a list")
pile = [Resource("a"), Resource("b")]
pile.clear()
print("deleting current")
del current
print("end of program")
