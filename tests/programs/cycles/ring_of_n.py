# covers: rings of n instances for several n: collected counts scale with n
import gc
class Node:
    pass
def ring(n):
    first = Node()
    cur = first
    for i in range(n - 1):
        nxt = Node()
        cur.next = nxt
        cur = nxt
    cur.next = first
for n in [1, 2, 5, 10]:
    gc.collect()
    ring(n)
    print(n, gc.collect())
