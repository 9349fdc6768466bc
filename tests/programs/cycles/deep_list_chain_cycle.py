# covers: a long chain of lists closed into a cycle: all links collected and counted
import gc
gc.collect()
head = []
cur = head
for i in range(99):
    nxt = []
    cur.append(nxt)
    cur = nxt
cur.append(head)
del head, cur, nxt
print("collected", gc.collect())
