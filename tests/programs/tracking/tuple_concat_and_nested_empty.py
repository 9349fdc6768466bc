# covers: 3.14 starts only some run-time tuples untracked: (n,) vs concatenation vs tuples holding ()
import gc
n = 1
print("(n,)", gc.is_tracked((n,)))
print("(n,) + (n,)", gc.is_tracked((n,) + (n,)))
print("(n, ())", gc.is_tracked((n, ())))
print("tuple(list)", gc.is_tracked(tuple([n, n])))
print("slice of tuple", gc.is_tracked((n, n, n)[1:]))
print("(n, 'a', 1.5, None, True)", gc.is_tracked((n, "a", 1.5, None, True)))
