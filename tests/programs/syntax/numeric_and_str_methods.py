# covers: sum()'s int and float loops (3.12+ compensates float rounding), reversed() of ranges and lists, as_integer_ratio, bit_count, casefold's full foldings, isprintable, translate, set.symmetric_difference_update, int.is_integer (3.12+)
print(sum([0.1] * 10), sum([1, 0.1, 0.2]), sum([1e100, 1.0, -1e100]), sum([0.1, 0.2], 0.3), sum((x / 10 for x in range(10))))
print(sum([]), sum([], 5), sum(range(101)), sum([True, True, 2]), sum([2**62, 2**62, 2**62]), sum([-2**63, -1]), sum([1, 2.5, 3]))
print(sum([[1], [2]], []), sum([0.5, True]), sum([float("inf"), 1.0]), sum([1.0, 2**70]), sum([10**20, 1]), type(sum([1.0, 2])).__name__)
try:
    sum([1.5, "a"])
except TypeError as e:
    print(e)
r = reversed(range(1, 10, 3))
print(type(r).__name__, list(r), list(reversed(range(5))), list(reversed(range(0))), list(reversed(range(10, 0, -4))))
print(type(reversed([1])).__name__, list(reversed([1, 2])), list(reversed((1, 2))), list(reversed("ab")))
print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e-3).as_integer_ratio(), (10).as_integer_ratio(), True.as_integer_ratio())
print((255).bit_count(), (-7).bit_count(), (0).bit_count())
print("Straße".casefold(), "ΣΑΣ".casefold(), "ﬁne".casefold(), "Hello".casefold() == "hELLO".casefold())
print("abc".isprintable(), "a\tb".isprintable(), "".isprintable(), "a b".isprintable(), "\u2028".isprintable())
print("abcabc".translate({97: "x", 98: None, 99: 65}), "héllo".translate({233: "e"}))
s = {1, 2, 3}
s.symmetric_difference_update([3, 4])
print(sorted(s))
try:
    print((5).is_integer())
except AttributeError as e:
    print("AttributeError:", e)
