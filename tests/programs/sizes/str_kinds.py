# covers: getsizeof of latin-1, BMP (2-byte) and astral (4-byte) strings of several lengths
import sys
for ch in ["a", "é", "€", "\U0001F600"]:
    print(repr(ch), [sys.getsizeof(ch * n) for n in (1, 2, 5, 10)])
print("mixed", sys.getsizeof("a€"), sys.getsizeof("aé"), sys.getsizeof("a\U0001F600"))
