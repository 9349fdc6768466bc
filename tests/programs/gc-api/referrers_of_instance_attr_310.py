# covers: on 3.10 the referrer of an attribute value is the instance __dict__; on 3.11+ it is the instance
import gc
class C:
    pass
c = C()
v = [0]
c.v = v
found = gc.get_referrers(v)
print("instance itself:", True in [x is c for x in found])
print("dicts among referrers (module globals + 3.10 __dict__):", len([x for x in found if type(x) is dict]))
