# covers: built-in functions and methods: method_descriptor and classmethod_descriptor before binding, builtin_function_or_method after; __name__, __qualname__, __self__, __module__, __objclass__; weak references to them
import gc, sys, weakref
print(len.__name__, len.__qualname__, len.__self__.__name__, len.__module__)
print([].append.__name__, [].append.__qualname__, [].append.__self__, [].append.__module__)
print(gc.collect.__name__, gc.collect.__qualname__, gc.collect.__module__, gc.collect.__self__.__name__)
print(list.append.__objclass__, hasattr(list.append, '__self__'), hasattr(list.append, '__module__'))
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__, (1).__add__.__self__, (1).__add__.__name__)
print(dict.fromkeys.__name__, dict.fromkeys.__self__, type(dict.fromkeys).__name__)
print(type(str.upper).__name__, str.upper("a"), type("a".upper).__name__, type(dict.__dict__["fromkeys"]).__name__)
print(type(list.append).__name__, type(dict.fromkeys).__name__, type(dict.__dict__['fromkeys']).__name__, type([].append).__name__, type(len).__name__)
print(sys.getsizeof(list.append) == sys.getsizeof(len))
for o in (list.append, len, [].append):
    try:
        weakref.ref(o); print('ok')
    except TypeError as e:
        print(e)
print(repr(list.append), repr(dict.__dict__['fromkeys']))
print(list.append.__name__, list.append.__qualname__, list.append.__objclass__)
