# covers: using a standard module without importing it: 3.12+ ask "Did you forget to import ..."
print("refcount of a list:")
print(sys.getrefcount([]))
