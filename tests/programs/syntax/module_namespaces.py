# covers: dir() of a module lists its namespace; the gc module's public names; sys.platform on the simulated 64-bit Linux build
import gc, sys
print([n for n in dir(gc) if not n.startswith("_")])
print("collect" in dir(gc), "getrefcount" in dir(sys), "getsizeof" in dir(sys), sys.platform)
