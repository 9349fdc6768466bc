# covers: set operators of dict key and item views (either side), pow() with a modulus (negative exponent = modular inverse, negative modulus), float() of a huge int, dict() from bad pairs, vars() without __dict__
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 0, "z": 9}
print(sorted(d.keys() & {"a", "x"}), sorted({"a", "x"} & d.keys()), sorted(d.keys() & e.keys()))
print(sorted(d.keys() | ["q"]), sorted(["q"] | d.keys()) if False else "", sorted(d.keys() - {"a"}), sorted({"a", "q"} - d.keys()))
print(sorted(d.keys() ^ {"a", "q"}), sorted(d.items() & {("a", 1), ("b", 5)}), sorted(d.items() - {("a", 1)}))
print(type(d.keys() & e.keys()).__name__, type(d.keys() | e.keys()).__name__)
try:
    d.values() & {1}
except TypeError as ex:
    print("TypeError:", ex)
try:
    d.keys() & 5
except TypeError as ex:
    print("TypeError:", ex)
print(pow(2, -1, 7), pow(3, -2, 11), pow(5, 3, -7), pow(-2, 3, 5), pow(2, 10, 1), pow(7, -1, -5))
try:
    pow(2, -1, 4)
except ValueError as ex:
    print("ValueError:", ex)
try:
    float(10 ** 400)
except OverflowError as ex:
    print("OverflowError:", ex)
try:
    dict([(1, 2), (3,)])
except ValueError as ex:
    print("ValueError:", ex)
try:
    vars(1)
except TypeError as ex:
    print("TypeError:", ex)
