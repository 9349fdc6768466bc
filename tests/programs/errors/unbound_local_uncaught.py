# covers: UnboundLocalError when a function reads a local before assigning it (message differs 3.10 vs 3.11+)
count = 0
def bump():
    count += 1
    return count
print("calling")
bump()
