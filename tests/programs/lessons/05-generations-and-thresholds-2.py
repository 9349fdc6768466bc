# covers: lesson "Generations and thresholds", snippet whatCounts (content/lessons/05-generations-and-thresholds.mdx)
import gc

class Token:
    pass

gc.collect()
gc.get_count()
start = gc.get_count()[0]

numbers = []
for n in range(100):
    numbers.append(n * 1000)
after_ints = gc.get_count()[0] - start

tokens = []
for n in range(100):
    tokens.append(Token())
after_tokens = gc.get_count()[0] - start

tokens.clear()
after_clear = gc.get_count()[0] - start

print("after 100 ints:", after_ints)
print("after 100 tokens:", after_tokens)
print("after freeing the tokens:", after_clear)
