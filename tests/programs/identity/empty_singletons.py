# covers: the empty tuple and empty string are singletons; empty lists/dicts are new objects
t = tuple([])
u = ()
s = str()
e = "abc"[3:]
print("empty tuple:", t is u, (1, 2)[2:] is ())
print("empty str:", s is "", e is "", "".join([]) is "")
print("empty lists:", [] is [], list() is list())
print("empty dicts:", {} is {})
print("empty frozen in containers:", [()][0] is ())
