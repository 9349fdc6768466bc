# covers: young count delta for kept instances, with and without attributes, and with a materialised __dict__
import gc
gc.collect()
gc.get_count()  # warm-up: the 3-tuple it returns now sits in the tuple free list
class C:
    pass
keep = []
c0 = gc.get_count()[0]
for i in range(40):
    keep.append(C())
c1 = gc.get_count()[0]
for o in keep:
    o.x = 1
c2 = gc.get_count()[0]
for o in keep:
    o.__dict__
c3 = gc.get_count()[0]
print("instances:", c1 - c0, "set attr:", c2 - c1, "materialise __dict__:", c3 - c2)
