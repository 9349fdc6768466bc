# covers: gc.collect() return values for several unreachable structures built one at a time
import gc
class N:
    pass
def self_list():
    x = []
    x.append(x)
def dict_pair():
    a = {}
    b = {"a": a}
    a["b"] = b
def inst_pair():
    a = N()
    b = N()
    a.b = b
    b.a = a
def list_with_payload():
    x = [[], [], {}, (1, [])]
    x.append(x)
gc.collect()
for maker in [self_list, dict_pair, inst_pair, list_with_payload]:
    maker()
    print(maker.__name__, gc.collect())
