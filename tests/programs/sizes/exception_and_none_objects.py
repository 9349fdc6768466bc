# covers: getsizeof of exception instances, the empty tuple and small containers
import sys
print("ValueError()", sys.getsizeof(ValueError()), "ValueError('x')", sys.getsizeof(ValueError("x")))
print("object()", sys.getsizeof(object()))
print("[[]]", sys.getsizeof([[]]), "[()]", sys.getsizeof([()]), "{():()}", sys.getsizeof({(): ()}))
