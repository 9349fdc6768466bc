# covers: f-string format specs: width, alignment (<, >, ^), fill characters, for str and int
name = "heap"
n = 42
print(f"[{name:>8}]")
print(f"[{name:<8}]")
print(f"[{name:^8}]")
print(f"[{name:*^9}]")
print(f"[{n:>5}]")
print(f"[{n:<5}]")
print(f"[{n:05}]")
print(f"[{-n:05}]")
print(f"[{n:+d}]")
print(f"[{n:=+6}]")
