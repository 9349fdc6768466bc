# covers: lesson "Collecting by hand", snippet articleCollect (content/lessons/06-collecting-by-hand.mdx)
# Importing gc module
import gc

# Returns the number of
# objects it has collected
# and deallocated
collected = gc.collect()

# Prints Garbage collector
# as 0 object
print("Garbage collector: collected",
      "%d objects." % collected)
