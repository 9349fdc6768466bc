# covers: leaving an except handler for the code after the try: on 3.12 a JUMP_BACKWARD whose eval-breaker check runs the collection the exception's allocations scheduled (3.13 jumps without the check); not when the try body cannot fall through, nor when only the function's implicit return follows
import gc
def crowd():
    gc.collect()
    keep = [[] for _ in range(15)]
    gc.set_threshold(10, 3, 4)
    return keep
def handled_then_return(x):
    try:
        x.missing()
    except AttributeError:
        pass
k = crowd()
try:
    undefined_name
except NameError:
    pass
print("name error", gc.get_count())
k = crowd()
try:
    1 / 0
except ZeroDivisionError as e:
    pass
print("as e", gc.get_count())
k = crowd()
try:
    raise ValueError
except ValueError:
    pass
print("raise only", gc.get_count())
k = crowd()
handled_then_return(None)
print("function end", gc.get_count())
gc.set_threshold(700, 10, 10)
