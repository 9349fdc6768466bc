# covers: referents of a closure function include its cell tuple; a cell's referent is the captured object
import gc
def outer():
    payload = [1]
    def inner():
        return payload
    return inner, payload
fn, payload = outer()
cells = fn.__closure__
print("closure tuple among referents:", True in [x is cells for x in gc.get_referents(fn)])
print("cell -> payload:", gc.get_referents(cells[0])[0] is payload)
print("tuple of cells referents:", len(gc.get_referents(cells)))
