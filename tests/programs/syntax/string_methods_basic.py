# covers: str methods upper/lower/title/capitalize/swapcase/strip variants/replace/count/find/index
s = "  Hello, Heap World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
t = s.strip()
print(t.upper(), t.lower(), t.swapcase())
print("memory model".title(), "memory model".capitalize())
print(t.replace("l", "L"), t.replace("l", "L", 1))
print(t.count("l"), t.find("Heap"), t.find("zzz"), t.index("W"))
print(t.rfind("l"), t.startswith("Hello"), t.endswith("World"))
print("xxhixx".strip("x"), "--a--".lstrip("-"), "--a--".rstrip("-"))
