# covers: tracking of dicts built by comprehension, dict(), copy() with atomic and container values
import gc
a = {i: i for i in range(3)}
b = {i: [i] for i in range(3)}
print(gc.is_tracked(a), gc.is_tracked(b))
print(gc.is_tracked(a.copy()), gc.is_tracked(b.copy()), gc.is_tracked(dict(b)))
print(gc.is_tracked(dict(zip("ab", [1, 2]))), gc.is_tracked(dict(zip("ab", [[], []]))))
