# covers: lesson "Collecting by hand", snippet disabledCounting (content/lessons/06-collecting-by-hand.mdx)
import gc

gc.collect()
print("enabled:", gc.isenabled())
gc.disable()
print("enabled:", gc.isenabled())
for i in range(3000):
    node = []
    node.append(node)
print("count passed the threshold:", gc.get_count()[0] > gc.get_threshold()[0])
print("collected by hand:", gc.collect())
gc.enable()
