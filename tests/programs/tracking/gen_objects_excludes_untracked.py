# covers: gc.get_objects() lists tracked objects only: a fresh list is in it, a runtime tuple of ints after a collect is not
import gc
n = 7
L = [n]
t = (n, n)
gc.collect()
ids = [id(o) for o in gc.get_objects()]
print("list listed", id(L) in ids)
print("tuple listed", id(t) in ids)
d = {"k": n}
ids = [id(o) for o in gc.get_objects()]
print("atomic dict listed", id(d) in ids)
