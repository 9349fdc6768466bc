# covers: AttributeError reading a missing class attribute
class C:
    pass
C.missing
